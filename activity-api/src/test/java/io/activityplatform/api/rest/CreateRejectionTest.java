package io.activityplatform.api.rest;

import static io.activityplatform.api.support.Api.as;
import static io.activityplatform.api.support.Api.create;
import static io.activityplatform.api.support.Api.createScript;
import static io.activityplatform.api.support.Api.fields;
import static io.activityplatform.api.support.Api.script;
import static io.activityplatform.api.support.Api.with;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.activityplatform.api.support.LogDriver;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.projection.ProjectionStats;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every bad create is a problem body naming the field, and nothing reaches the log. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class CreateRejectionTest {

    @Inject
    LogDriver log;
    @Inject
    Clock clock;
    @Inject
    ProjectionStats stats;
    @Inject
    Pool pool;

    @Test
    void badRequestsAre400ProblemsNamingEachFieldAndPublishNothing() {
        String user = "rejected-" + UUID.randomUUID();
        String computer = log.computer();
        Map<String, Object> ok = script(computer);

        assertProblem(create(user, with(ok, "type", "MakeCoffeeRequest")), 400, "type");
        assertProblem(create(user, with(ok, "type", null)), 400, "type");
        assertProblem(create(user, with(ok, "parameters", Map.of("interpreter", "/bin/sh"))), 400,
                "parameters.code");
        assertProblem(create(user, with(ok, "parameters", Map.of("interpreter", "/bin/sh", "code", "x",
                "colour", "red"))), 400, "parameters.colour");
        assertProblem(create(user, with(ok, "computerId", null)), 400, "computerId");
        assertProblem(create(user, with(ok, "computerIds", List.of(computer))), 400, "computerIds");
        assertProblem(create(user, with(with(ok, "computerId", null), "computerIds", List.of(computer, computer))),
                400, "computerIds[1]");
        assertProblem(create(user, Map.of("type", "ArchiveRequest", "computerId", computer, "parameters",
                Map.of("olderThanDays", 3))), 400, "computerId");
        assertProblem(create(user, with(ok, "deliverBefore", clock.instant().minusSeconds(60).toString())), 400,
                "deliverBefore");
        assertProblem(create(user, with(with(ok, "deliverAfter", clock.instant().plusSeconds(600).toString()),
                "deliverBefore", clock.instant().plusSeconds(60).toString())), 400, "deliverBefore");
        assertProblem(create(user, with(ok, "deliverAfter", "tomorrow")), 400, "deliverAfter");
        assertProblem(create(user, with(ok, "deliverDelayWindowSeconds", 0)), 400, "deliverDelayWindowSeconds");
        assertProblem(create(user, with(ok, "timeoutSeconds", -5)), 400, "timeoutSeconds");
        assertProblem(create(user, with(ok, "waitFor", Map.of("activityId", UUID.randomUUID().toString(),
                "until", "PROGRESS"))), 400, "waitFor.progressAtLeast");
        assertProblem(create(user, with(ok, "waitFor", Map.of("activityId", UUID.randomUUID().toString(),
                "until", "SOON"))), 400, "waitFor.until");
        assertProblem(create(user, with(ok, "retry", Map.of("maxAttempts", 0))), 400, "retry.maxAttempts");
        assertProblem(create(user, with(ok, "retry", Map.of("maxAttempts", 2, "initialDelaySeconds", 60,
                "maxDelaySeconds", 10))), 400, "retry.maxDelaySeconds");
        assertProblem(create(user, with(ok, "requireAproval", true)), 400, "requireAproval");
        assertProblem(as(user).body("{\"type\": ").post("/activities").then(), 400, "body");
        assertProblem(as(user).post("/activities").then(), 400, "body");
        assertProblem(as(user).header("Idempotency-Key", "k1").body(with(ok, "id", UUID.randomUUID().toString()))
                .post("/activities").then(), 400, "Idempotency-Key");

        assertNothingWasPublishedBy(user, computer);
    }

    @Test
    void referencesThatDoNotResolveAre422ProblemsAndPublishNothing() {
        String user = "unresolved-" + UUID.randomUUID();
        String accepted = log.computer();
        String pending = "pending-" + UUID.randomUUID();
        log.register(pending, true);
        String removed = log.computer();
        log.remove(removed);

        assertProblem(create(user, with(script(accepted), "computerId", "nowhere-" + UUID.randomUUID())), 422,
                "computerId");
        assertProblem(create(user, script(pending)), 422, "computerId")
                .body("detail", containsString("pending"));
        assertProblem(create(user, script(removed)), 422, "computerId")
                .body("detail", containsString("removed"));
        assertProblem(create(user, with(with(script(accepted), "computerId", null), "computerIds",
                List.of(accepted, "nowhere"))), 422, "computerIds[1]");
        assertProblem(create(user, with(script(accepted), "waitFor", Map.of("activityId",
                UUID.randomUUID().toString(), "until", "SUCCEEDED"))), 422, "waitFor.activityId");

        assertNothingWasPublishedBy(user, accepted);
    }

    @Test
    void allProblemsOfOneRequestAreReportedTogether() {
        var response = create("many", Map.of("type", "ExecuteScriptRequest", "parameters", Map.of(),
                "timeoutSeconds", 0)).statusCode(400);

        assertThat(fields(response)).contains("computerId", "parameters.code", "parameters.interpreter",
                "timeoutSeconds");
    }

    private static ValidatableResponse assertProblem(ValidatableResponse response, int status, String field) {
        response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status));
        assertThat(fields(response)).as("fields named by the problem").contains(field);
        return response;
    }

    /**
     * Rejected requests must not reach the log. A valid create by the same user after them is the barrier:
     * once the projection has caught up past it, any event the rejected requests had published would be in
     * the history too.
     */
    private void assertNothingWasPublishedBy(String user, String computer) {
        UUID barrier = createScript(user, computer);
        await().atMost(Duration.ofSeconds(30)).until(() -> stats.snapshot().lag() == 0);
        given().get("/activities?creator=" + user).then().statusCode(200)
                .body("items.id", equalTo(List.of(barrier.toString())));
        long events = pool.preparedQuery("select count(*) from activity_history where actor_id = $1")
                .execute(Tuple.of(user)).await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
        assertThat(events).isEqualTo(1);
    }
}
