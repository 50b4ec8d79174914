package io.activityplatform.api.rest;

import static io.activityplatform.api.support.Api.as;
import static io.activityplatform.api.support.Api.createScript;
import static io.activityplatform.api.support.Api.createWith;
import static io.activityplatform.api.support.Api.fields;
import static io.activityplatform.api.support.Api.script;
import static io.activityplatform.api.support.Api.with;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.activityplatform.api.support.LogDriver;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.local.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Bulk cancel and approve: per-item outcomes, never all-or-nothing, with a dry run that changes nothing. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class BulkCommandTest {

    @Inject
    LogDriver log;

    @Test
    void approveByIdsReportsEveryItemAndAppliesWhatItCan() {
        String computer = log.computer();
        UUID blocked1 = createWith("alice", with(script(computer), "requireApproval", true));
        UUID blocked2 = createWith("alice", with(script(computer), "requireApproval", true));
        UUID queued = createScript("alice", computer);
        UUID unknown = UUID.randomUUID();

        JsonPath result = as("ops").body(Map.of("ids", List.of(blocked1, queued, unknown, blocked2, blocked1),
                        "reason", "change approved"))
                .post("/activities/bulk/approve").then().statusCode(200).extract().jsonPath();

        assertThat(result.getList("items.id")).containsExactly(blocked1.toString(), queued.toString(),
                unknown.toString(), blocked2.toString());
        assertThat(result.getList("items.outcome")).containsExactly("CHANGED", "CONFLICT", "NOT_FOUND", "CHANGED");
        assertThat(result.<Integer>get("counts.CHANGED")).isEqualTo(2);
        assertThat(result.getList("items.status")).containsExactly("QUEUED", "QUEUED", null, "QUEUED");
        given().get("/activities/" + blocked2).then().body("status", equalTo("QUEUED"))
                .body("statusReason", equalTo("change approved"))
                .body("statusChangedBy.id", equalTo("ops"));
    }

    @Test
    void aDryRunByFilterReportsWhatWouldChangeAndChangesNothing() {
        String a = log.computer();
        String b = log.computer();
        UUID parent = createGroup(a, b);

        JsonPath dry = as("ops").body(Map.of("filter", Map.of("parent", parent.toString()), "dryRun", true))
                .post("/activities/bulk/cancel").then().statusCode(200).extract().jsonPath();

        assertThat(dry.getBoolean("dryRun")).isTrue();
        assertThat(dry.getList("items.outcome")).containsExactly("WOULD_CHANGE", "WOULD_CHANGE");
        assertThat(dry.getList("items.target")).containsOnly("CANCELED");
        given().get("/activities/" + parent + "/summary").then().body("byStatus.QUEUED", equalTo(2));
    }

    @Test
    void cancelByFilterCancelsOnlyTheMatchesAndSkipsFinishedOnes() {
        String computer = log.computer();
        UUID running = createScript("alice", computer);
        log.move(running, ActivityStatus.IN_PROGRESS, 1);
        UUID done = createScript("alice", computer);
        log.move(done, ActivityStatus.IN_PROGRESS, 1);
        log.move(done, ActivityStatus.SUCCEEDED, 2);
        UUID elsewhere = createScript("alice", log.computer());

        JsonPath result = as("ops").body(Map.of("filter", Map.of("computer", computer)))
                .post("/activities/bulk/cancel").then().statusCode(200).extract().jsonPath();

        assertThat(result.getMap("counts")).containsEntry("CHANGED", 1).containsEntry("CONFLICT", 1);
        assertThat(result.getList("items.id")).containsExactlyInAnyOrder(running.toString(), done.toString());
        given().get("/activities/" + running).then().body("status", equalTo("CANCELED"));
        given().get("/activities/" + elsewhere).then().body("status", equalTo("QUEUED"));
    }

    @Test
    void aBulkCommandNeedsExactlyOneOfIdsAndFilter() {
        assertThat(fields(as("ops").body(Map.of("ids", List.of(UUID.randomUUID()), "filter", Map.of()))
                .post("/activities/bulk/cancel").then().statusCode(400))).containsExactly("filter");
        assertThat(fields(as("ops").body(Map.of("dryRun", true)).post("/activities/bulk/approve").then()
                .statusCode(400))).containsExactly("ids");
        assertThat(fields(as("ops").body(Map.of("ids", List.of())).post("/activities/bulk/cancel").then()
                .statusCode(400))).containsExactly("ids");
        assertThat(fields(as("ops").body(Map.of("filter", Map.of("status", List.of("DONE"))))
                .post("/activities/bulk/cancel").then().statusCode(400))).containsExactly("filter.status");
        assertThat(fields(as("ops").body(Map.of("ids", List.of("not-a-uuid"))).post("/activities/bulk/cancel")
                .then().statusCode(400))).containsExactly("ids[0]");
    }

    private UUID createGroup(String a, String b) {
        return UUID.fromString(as("alice").body(with(with(script(a), "computerId", null), "computerIds",
                List.of(a, b))).post("/activities").then().statusCode(201).extract().path("parentId"));
    }
}
