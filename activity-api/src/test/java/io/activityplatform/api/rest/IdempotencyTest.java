package io.activityplatform.api.rest;

import static io.activityplatform.api.support.Api.as;
import static io.activityplatform.api.support.Api.fields;
import static io.activityplatform.api.support.Api.script;
import static io.activityplatform.api.support.Api.with;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.activityplatform.api.support.LogDriver;
import io.activityplatform.events.ids.DeterministicIds;
import io.activityplatform.local.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** A retried POST (same Idempotency-Key or same id) creates one activity, however and whenever it is retried. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class IdempotencyTest {

    @Inject
    LogDriver log;

    @Test
    void aPostRetriedWithTheSameKeyReturnsTheSameActivity() {
        String user = "idem-" + UUID.randomUUID();
        Map<String, Object> body = script(log.computer());

        String first = post(user, "key-1", body).statusCode(201).extract().path("id");
        var second = post(user, "key-1", body).statusCode(200).header("Idempotent-Replayed", "true")
                .extract();

        assertThat(second.<String>path("id")).isEqualTo(first);
        assertThat(first).isEqualTo(DeterministicIds.idempotencyKey(user, "key-1").toString());
        given().get("/activities?creator=" + user).then().body("items", hasSize(1));
    }

    @Test
    void concurrentRetriesCreateOneActivityAndExactlyOneAnswerIs201() throws Exception {
        String user = "idem-race-" + UUID.randomUUID();
        Map<String, Object> body = script(log.computer());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<ExtractableResponse<Response>>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> post(user, "same", body).extract(), pool));
            }
            List<ExtractableResponse<Response>> answers = calls.stream().map(CompletableFuture::join).toList();

            assertThat(answers).extracting(ExtractableResponse::statusCode).containsOnly(200, 201)
                    .filteredOn(status -> status == 201).hasSize(1);
            assertThat(answers).extracting(r -> r.<String>path("id")).containsOnly(
                    DeterministicIds.idempotencyKey(user, "same").toString());
        } finally {
            pool.shutdownNow();
        }
        given().get("/activities?creator=" + user).then().body("items", hasSize(1));
    }

    @Test
    void reusingAKeyForADifferentRequestIsAConflictAndTheKeyIsScopedByUser() {
        String user = "idem-reuse-" + UUID.randomUUID();
        String computer = log.computer();
        post(user, "k", script(computer)).statusCode(201);

        var conflict = post(user, "k", with(script(computer), "summary", "something else")).statusCode(409)
                .contentType("application/problem+json");
        assertThat(fields(conflict)).containsExactly("Idempotency-Key");

        String other = post(user + "-2", "k", script(computer)).statusCode(201).extract().path("id");
        assertThat(other).isNotEqualTo(DeterministicIds.idempotencyKey(user, "k").toString());
    }

    @Test
    void aClientSuppliedIdIsIdempotentToo() {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = with(script(log.computer()), "id", id.toString());

        as("idem-id").body(body).post("/activities").then().statusCode(201).body("id", equalTo(id.toString()));
        as("idem-id").body(body).post("/activities").then().statusCode(200).body("id", equalTo(id.toString()));
        var conflict = as("idem-id").body(with(body, "timeoutSeconds", 5)).post("/activities").then().statusCode(409);
        assertThat(fields(conflict)).containsExactly("id");
    }

    @Test
    void aMultiComputerRequestRetriedWithTheSameKeyReturnsTheSameGroup() {
        String user = "idem-group-" + UUID.randomUUID();
        String a = log.computer();
        String b = log.computer();
        Map<String, Object> body = with(with(script(a), "computerId", null), "computerIds", List.of(a, b));

        var first = post(user, "group", body).statusCode(201).extract();
        var second = post(user, "group", body).statusCode(200).extract();

        assertThat(second.<String>path("parentId")).isEqualTo(first.path("parentId"));
        assertThat(second.jsonPath().getList("activities.id")).isEqualTo(first.jsonPath().getList("activities.id"));
        given().get("/activities?creator=" + user).then().body("items", hasSize(2));
    }

    private static io.restassured.response.ValidatableResponse post(String user, String key, Map<String, Object> body) {
        return as(user).header("Idempotency-Key", key).body(body).post("/activities").then();
    }
}
