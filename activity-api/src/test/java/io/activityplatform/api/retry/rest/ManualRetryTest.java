package io.activityplatform.api.retry.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.activityplatform.api.testsupport.EventLog;
import io.activityplatform.api.testsupport.FastReactions;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.RetryPolicy;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.ids.DeterministicIds;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.projection.ActivityViewStore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** {@code POST /activities/{id}/retry} and {@code GET /activities/{id}/attempts} against the real log. */
@QuarkusTest
@TestProfile(FastReactions.class)
@WithTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api_reactions"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class ManualRetryTest {

    @Inject
    EventLog log;
    @Inject
    ActivityViewStore view;

    private static ActivityDefinition script(RetryPolicy retry) {
        return new ActivityDefinition("ExecuteScriptRequest", "computer-manual", null, "by hand",
                Map.of("interpreter", "/bin/sh", "code", "false"), null, null, null, null, retry, 60, 1, null, null);
    }

    private static Response retry(UUID id, String user) {
        return given().auth().oauth2(io.activityplatform.api.support.Api.token(user)).post("/activities/{id}/retry", id);
    }

    @Test
    void retryingAFailedActivityCreatesTheNextAttemptQueuedAndVisibleAtOnce() {
        UUID original = log.create(script(null));
        log.finish(original, 1, ActivityStatus.FAILED);
        UUID expected = DeterministicIds.retryAttempt(original, 2);

        Response created = retry(original, "alice");

        created.then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/activities/" + expected))
                .body("id", equalTo(expected.toString()))
                .body("retryOf", equalTo(original.toString()))
                .body("attempt", equalTo(2))
                .body("status", equalTo("QUEUED"))
                .body("createdBy", equalTo("user:alice"));
        ActivityState attempt = view.find(expected).await().atMost(EventLog.BOUND).orElseThrow();
        assertThat(attempt.status()).isEqualTo(ActivityStatus.QUEUED);
        assertThat(attempt.definition().parameters()).isEqualTo(script(null).parameters());
        assertThat(attempt.definition().computerId()).isEqualTo("computer-manual");
        assertThat(attempt.definition().deliverAfter()).isNull();
    }

    @Test
    void repeatingTheRequestReturnsTheSameAttemptInsteadOfADuplicate() {
        UUID original = log.create(script(null));
        log.finish(original, 1, ActivityStatus.CANCELED);

        String first = retry(original, "bob").then().statusCode(201).extract().path("id");
        String again = retry(original, "bob").then().statusCode(200).extract().path("id");

        assertThat(again).isEqualTo(first);
        given().get("/activities/{id}/attempts", original).then().statusCode(200)
                .body("attempt", equalTo(List.of(1, 2)))
                .body("id", equalTo(List.of(original.toString(), first)));
    }

    @Test
    void retryingTheNewestAttemptContinuesTheChain() {
        UUID original = log.create(script(null));
        log.finish(original, 1, ActivityStatus.FAILED);
        UUID second = UUID.fromString(retry(original, "carol").then().statusCode(201).extract().path("id"));
        log.finish(second, 1, ActivityStatus.FAILED);

        retry(second, "carol").then().statusCode(201)
                .body("id", equalTo(DeterministicIds.retryAttempt(original, 3).toString()))
                .body("attempt", equalTo(3))
                .body("retryOf", equalTo(original.toString()));
        given().get("/activities/{id}/attempts", second).then().statusCode(200).body("attempt", equalTo(List.of(1, 2, 3)));
    }

    @Test
    void whenTheAutomaticRetryCameFirstItsAttemptIsTheAnswer() {
        UUID original = log.create(script(new RetryPolicy(2, RetryPolicy.Backoff.FIXED, 3600, null)));
        log.finish(original, 1, ActivityStatus.FAILED);
        UUID automatic = DeterministicIds.retryAttempt(original, 2);
        Awaitility.await().atMost(EventLog.BOUND)
                .until(() -> view.find(automatic).await().atMost(EventLog.BOUND).isPresent());

        retry(original, "dave").then().statusCode(200)
                .body("id", equalTo(automatic.toString()))
                .body("status", equalTo("SCHEDULED"))
                .body("createdBy", equalTo("service:activity-api"));
    }

    @Test
    void anActivityThatIsNotFinishedOrSucceededCannotBeRetried() {
        UUID queued = log.create(script(null));
        UUID succeeded = log.create(script(null));
        log.finish(succeeded, 1, ActivityStatus.SUCCEEDED);

        retry(queued, "erin").then().statusCode(409).contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("currentStatus", equalTo("QUEUED"))
                .body("retriableStatuses", hasItems("FAILED", "CANCELED"));
        retry(succeeded, "erin").then().statusCode(409).body("currentStatus", equalTo("SUCCEEDED"));
        assertThat(view.find(DeterministicIds.retryAttempt(queued, 2)).await().atMost(EventLog.BOUND)).isEmpty();
    }

    @Test
    void anUnknownActivityIsNotFound() {
        UUID unknown = UUID.randomUUID();

        retry(unknown, "frank").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
        given().get("/activities/{id}/attempts", unknown).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aMalformedIdIsAProblemNotAServerError() {
        int status = given().post("/activities/not-a-uuid/retry").then().extract().statusCode();
        String field = given().post("/activities/not-a-uuid/retry").then().extract().path("errors[0].field");

        assertThat(status).isEqualTo(400);
        assertThat(field).isEqualTo("id");
    }
}
