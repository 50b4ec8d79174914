package io.activityplatform.api.rest;

import static io.activityplatform.api.support.Api.as;
import static io.activityplatform.api.support.Api.createScript;
import static io.activityplatform.api.support.Api.createWith;
import static io.activityplatform.api.support.Api.fields;
import static io.activityplatform.api.support.Api.script;
import static io.activityplatform.api.support.Api.with;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.activityplatform.api.support.LogDriver;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.local.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Cancel, approve and hold: applied with read-your-writes, or refused with 404, 409 or 412 and nothing sent. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class CommandTest {

    @Inject
    LogDriver log;

    @Test
    void cancelIsAppliedVisibleAndAttributedToTheUser() {
        UUID id = createScript("alice", log.computer());

        as("bob").body(Map.of("reason", "wrong script")).post("/activities/" + id + "/cancel").then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", equalTo("CANCELED"))
                .body("statusVersion", equalTo(2))
                .body("statusReason", equalTo("wrong script"))
                .body("statusChangedBy.kind", equalTo("USER"))
                .body("statusChangedBy.id", equalTo("bob"))
                .body("allowedTransitions", empty());
        given().get("/activities/" + id).then().body("status", equalTo("CANCELED"));
    }

    @Test
    void aCommandNeedsNoBodyAndDefaultsItsReason() {
        UUID id = createScript("alice", log.computer());

        given().auth().oauth2(io.activityplatform.api.support.Api.token("carol")).post("/activities/" + id + "/hold").then().statusCode(200)
                .body("status", equalTo("BLOCKED"))
                .body("statusReason", equalTo("held by carol"));
    }

    @Test
    void approveReleasesABlockedActivityToQueuedOrToWaitingWhenItHasADependency() {
        String computer = log.computer();
        UUID plain = createWith("alice", with(script(computer), "requireApproval", true));
        UUID first = createScript("alice", computer);
        UUID dependent = createWith("alice", with(with(script(computer), "requireApproval", true), "waitFor",
                Map.of("activityId", first.toString(), "until", "SUCCEEDED")));

        as("dave").post("/activities/" + plain + "/approve").then().statusCode(200)
                .body("status", equalTo("QUEUED"));
        as("dave").post("/activities/" + dependent + "/approve").then().statusCode(200)
                .body("status", equalTo("WAITING"));
    }

    @Test
    void holdParksAQueuedActivityAndApproveReleasesIt() {
        UUID id = createScript("alice", log.computer());

        as("erin").post("/activities/" + id + "/hold").then().statusCode(200).body("status", equalTo("BLOCKED"));
        as("erin").post("/activities/" + id + "/approve").then().statusCode(200)
                .body("status", equalTo("QUEUED"))
                .body("statusVersion", equalTo(3));
    }

    @Test
    void aForbiddenTransitionIs409NamingTheCurrentStatusAndTheAllowedOnes() {
        UUID id = createScript("alice", log.computer());
        as("frank").post("/activities/" + id + "/hold").then().statusCode(200);

        as("frank").post("/activities/" + id + "/hold").then().statusCode(409)
                .contentType("application/problem+json")
                .body("currentStatus", equalTo("BLOCKED"))
                .body("statusVersion", equalTo(2))
                .body("allowedTransitions", contains("QUEUED", "WAITING", "CANCELED"));
    }

    @Test
    void aFinishedActivityCannotBeCanceled() {
        UUID id = createScript("alice", log.computer());
        log.move(id, ActivityStatus.IN_PROGRESS, 1);
        log.move(id, ActivityStatus.SUCCEEDED, 2);

        as("gina").post("/activities/" + id + "/cancel").then().statusCode(409)
                .body("currentStatus", equalTo("SUCCEEDED"))
                .body("allowedTransitions", empty());
        as("gina").post("/activities/" + id + "/approve").then().statusCode(409);
    }

    @Test
    void ifMatchMakesTheCommandConditionalOnTheStatusVersion() {
        UUID id = createScript("alice", log.computer());
        log.move(id, ActivityStatus.IN_PROGRESS, 1);

        as("hank").header("If-Match", "\"1\"").post("/activities/" + id + "/cancel").then().statusCode(412)
                .contentType("application/problem+json")
                .body("currentStatus", equalTo("IN_PROGRESS"))
                .body("statusVersion", equalTo(2));
        as("hank").header("If-Match", "W/\"2\"").post("/activities/" + id + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELED"))
                .body("canceledWhileRunning", equalTo(true));
    }

    @Test
    void badHeadersAndBodiesAre400ProblemsNamingThem() {
        UUID id = createScript("alice", log.computer());

        assertThat(fields(as("ivy").header("If-Match", "yesterday").post("/activities/" + id + "/cancel").then()
                .statusCode(400))).containsExactly("If-Match");
        assertThat(fields(as("ivy").body(Map.of("reason", "x".repeat(501))).post("/activities/" + id + "/cancel")
                .then().statusCode(400))).containsExactly("reason");
        given().get("/activities/" + id).then().body("status", equalTo("QUEUED"));
    }

    @Test
    void anUnknownActivityIs404() {
        as("jack").post("/activities/" + UUID.randomUUID() + "/cancel").then().statusCode(404)
                .contentType("application/problem+json");
        as("jack").post("/activities/" + UUID.randomUUID() + "/approve").then().statusCode(404);
        as("jack").post("/activities/" + UUID.randomUUID() + "/hold").then().statusCode(404);
    }
}
