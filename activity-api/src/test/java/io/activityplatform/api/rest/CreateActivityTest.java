package io.activityplatform.api.rest;

import static io.activityplatform.api.support.Api.create;
import static io.activityplatform.api.support.Api.createScript;
import static io.activityplatform.api.support.Api.createWith;
import static io.activityplatform.api.support.Api.script;
import static io.activityplatform.api.support.Api.with;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.activityplatform.api.support.LogDriver;
import io.activityplatform.events.ids.DeterministicIds;
import io.activityplatform.events.type.ActivityType;
import io.activityplatform.local.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** POST /activities: initial statuses, definitions, multi-computer groups and read-your-writes. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class CreateActivityTest {

    @Inject
    LogDriver log;
    @Inject
    Clock clock;

    @Test
    void aPlainActivityIsQueuedAndA201IsFollowedByAGetThatSeesIt() {
        String computer = log.computer();

        var created = create("alice", script(computer)).statusCode(201)
                .header("ETag", "\"1\"")
                .body("status", equalTo("QUEUED"))
                .body("statusVersion", equalTo(1))
                .body("kind", equalTo("CLIENT"))
                .body("createdBy.kind", equalTo("USER"))
                .body("createdBy.id", equalTo("alice"))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/activities/" + id);

        given().get("/activities/" + id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("id", equalTo(id))
                .body("status", equalTo("QUEUED"))
                .body("computerId", equalTo(computer))
                .body("parameters.code", equalTo("echo hello"))
                .body("summary", equalTo(ActivityType.EXECUTE_SCRIPT_REQUEST.description()))
                .body("allowedTransitions", hasItems("IN_PROGRESS", "CANCELED", "BLOCKED"));
    }

    @Test
    void aFutureDeliverAfterMakesItScheduledAndAPastOneQueued() {
        String computer = log.computer();
        String future = clock.instant().plus(Duration.ofHours(2)).toString();
        String past = clock.instant().minus(Duration.ofHours(2)).toString();

        create("bob", with(script(computer), "deliverAfter", future)).statusCode(201)
                .body("status", equalTo("SCHEDULED")).body("deliverAfter", equalTo(future));
        create("bob", with(script(computer), "deliverAfter", past)).statusCode(201)
                .body("status", equalTo("QUEUED"));
    }

    @Test
    void waitForMakesItWaitingAndRequireApprovalBlockedKeepingTheDependency() {
        String computer = log.computer();
        UUID first = createScript("carol", computer);
        Map<String, Object> waitFor = Map.of("activityId", first.toString(), "until", "PROGRESS",
                "progressAtLeast", 50);

        create("carol", with(script(computer), "waitFor", waitFor)).statusCode(201)
                .body("status", equalTo("WAITING"))
                .body("waitFor.activityId", equalTo(first.toString()))
                .body("waitFor.until", equalTo("PROGRESS"))
                .body("waitFor.progressAtLeast", equalTo(50));
        create("carol", with(with(script(computer), "waitFor", waitFor), "requireApproval", true)).statusCode(201)
                .body("status", equalTo("BLOCKED"))
                .body("waitFor.activityId", equalTo(first.toString()));
    }

    @Test
    void retryTimeoutDeadlineAndWindowAreKeptInTheDefinition() {
        String computer = log.computer();
        String deadline = clock.instant().plus(Duration.ofDays(1)).toString();
        Map<String, Object> body = with(with(with(with(with(script(computer), "retry", Map.of("maxAttempts", 3,
                "backoff", "EXPONENTIAL", "initialDelaySeconds", 30, "maxDelaySeconds", 600)), "timeoutSeconds", 120),
                "deliverBefore", deadline), "deliverDelayWindowSeconds", 300), "summary", "Nightly cleanup");

        create("dave", body).statusCode(201)
                .body("retry.maxAttempts", equalTo(3))
                .body("retry.backoff", equalTo("EXPONENTIAL"))
                .body("retry.initialDelaySeconds", equalTo(30))
                .body("retry.maxDelaySeconds", equalTo(600))
                .body("timeoutSeconds", equalTo(120))
                .body("deliverBefore", equalTo(deadline))
                .body("deliverDelayWindowSeconds", equalTo(300))
                .body("summary", equalTo("Nightly cleanup"))
                .body("attempt", equalTo(1));
    }

    @Test
    void aServerActivityNeedsNoComputer() {
        create("erin", Map.of("type", "ArchiveRequest", "parameters", Map.of("olderThanDays", 30))).statusCode(201)
                .body("kind", equalTo("SERVER"))
                .body("status", equalTo("QUEUED"))
                .body("computerId", nullValue());
    }

    @Test
    void severalComputersGiveOneActivityEachSharingAParentWithASummary() {
        String a = log.computer();
        String b = log.computer();
        Map<String, Object> body = with(with(script(a), "computerId", null), "computerIds", List.of(a, b));

        var group = create("frank", body).statusCode(201).extract();
        UUID parent = UUID.fromString(group.path("parentId"));
        assertThat(group.header("Location")).endsWith("/activities/" + parent + "/summary");
        assertThat(group.jsonPath().getList("activities.id")).containsExactly(
                DeterministicIds.childActivity(parent, a).toString(), DeterministicIds.childActivity(parent, b)
                        .toString());
        assertThat(group.jsonPath().getList("activities.parentId")).containsOnly(parent.toString());
        assertThat(group.jsonPath().getList("activities.computerId")).containsExactly(a, b);

        given().get("/activities/" + parent + "/summary").then().statusCode(200)
                .body("parentId", equalTo(parent.toString()))
                .body("total", equalTo(2))
                .body("byStatus.QUEUED", equalTo(2))
                .body("byStatus.CANCELED", equalTo(0))
                .body("finished", equalTo(0));
    }

    @Test
    void theCreatorIsTheTokensSubject() {
        String computer = log.computer();
        given().contentType("application/json").body(script(computer)).post("/activities").then().statusCode(201)
                .body("createdBy.kind", equalTo("USER"))
                .body("createdBy.id", equalTo("test-admin"));
    }

    @Test
    void aClientSuppliedIdIsUsed() {
        UUID id = UUID.randomUUID();
        assertThat(createWith("gina", with(script(log.computer()), "id", id.toString()))).isEqualTo(id);
    }
}
