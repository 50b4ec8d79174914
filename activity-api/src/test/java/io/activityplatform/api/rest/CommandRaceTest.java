package io.activityplatform.api.rest;

import static io.activityplatform.api.support.Api.as;
import static io.activityplatform.api.support.Api.createScript;
import static io.activityplatform.api.support.Api.createWith;
import static io.activityplatform.api.support.Api.script;
import static io.activityplatform.api.support.Api.with;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.activityplatform.api.support.LogDriver;
import io.activityplatform.api.support.LogEnd;
import io.activityplatform.api.support.ProjectionGate;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.projection.RecordPosition;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * Commands racing each other or another service: the log applies exactly one, and the loser is told 409 (or
 * 412 under If-Match), whether it lost before publishing or only in the fold afterwards.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class CommandRaceTest {

    @Inject
    LogDriver log;
    @Inject
    ProjectionGate gate;
    @Inject
    Clock clock;

    @Test
    void concurrentCancelAndApproveUnderIfMatchLetExactlyOneWinAndTheOtherGets412() {
        String computer = log.computer();
        for (int round = 0; round < 5; round++) {
            UUID id = createWith("alice", with(script(computer), "requireApproval", true));

            List<ExtractableResponse<Response>> answers = race(
                    () -> command("cancel", id, "\"1\""), () -> command("approve", id, "\"1\""));

            assertThat(answers).extracting(ExtractableResponse::statusCode).as("round %d", round)
                    .containsExactlyInAnyOrder(200, answers.get(0).statusCode() == 200 ? 409 : 412);
            String winner = answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow()
                    .path("status");
            given().get("/activities/" + id).then().body("status", equalTo(winner))
                    .body("statusVersion", equalTo(2));
        }
    }

    /**
     * Without If-Match a command is judged against the state it meets, so approve-then-cancel may both be
     * applied one after the other; but never both from the same version: the loser of a true race is a 409.
     */
    @Test
    void concurrentCancelAndApproveWithoutIfMatchNeverBothApplyToTheSameVersion() {
        String computer = log.computer();
        for (int round = 0; round < 5; round++) {
            UUID id = createWith("alice", with(script(computer), "requireApproval", true));

            List<ExtractableResponse<Response>> answers = race(
                    () -> command("cancel", id, null), () -> command("approve", id, null));

            List<Integer> statuses = answers.stream().map(ExtractableResponse::statusCode).toList();
            var view = given().get("/activities/" + id).then().extract();
            if (statuses.equals(List.of(200, 200))) {
                assertThat(answers.get(1).<Integer>path("statusVersion")).isEqualTo(2);
                assertThat(answers.get(0).<Integer>path("statusVersion")).isEqualTo(3);
                assertThat(view.<String>path("status")).isEqualTo("CANCELED");
            } else {
                assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 409);
                assertThat(view.<Integer>path("statusVersion")).isEqualTo(2);
            }
        }
    }

    @Test
    void aCommandThatLosesInTheFoldAfterPublishingIs409WithTheRejection() {
        UUID id = createWith("alice", with(script(log.computer()), "requireApproval", true));

        ExtractableResponse<Response> answer = loseInTheFold(id, null);

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.<String>path("rejection")).isEqualTo("VERSION_CONFLICT");
        assertThat(answer.<String>path("currentStatus")).isEqualTo("QUEUED");
        given().get("/activities/" + id + "/history").then()
                .body("items.findAll { it.actor.id == 'bob' }.applied", equalTo(List.of(false)))
                .body("items.findAll { it.actor.id == 'bob' }.rejection", equalTo(List.of("VERSION_CONFLICT")));
    }

    @Test
    void underIfMatchTheSameLossIs412() {
        UUID id = createWith("alice", with(script(log.computer()), "requireApproval", true));

        ExtractableResponse<Response> answer = loseInTheFold(id, "\"1\"");

        assertThat(answer.statusCode()).isEqualTo(412);
        assertThat(answer.<Integer>path("statusVersion")).isEqualTo(2);
    }

    /**
     * Under If-Match, losing to a change after which the command is impossible is a 409, not a 412: cancelling
     * one that has just finished is "it is SUCCEEDED", which no re-read fixes.
     */
    @Test
    void underIfMatchLosingToTheActivityFinishingIs409WithTheRejection() {
        UUID id = createScript("alice", log.computer());
        log.move(id, ActivityStatus.IN_PROGRESS, 1);
        gate.close();
        CompletableFuture<ExtractableResponse<Response>> cancel;
        try {
            RecordPosition finished = log.publish(new StatusChanged(UUID.randomUUID(), id, clock.instant(),
                    Actor.agent("agent"), "message-system", ActivityStatus.IN_PROGRESS, ActivityStatus.SUCCEEDED, 2,
                    "finished", null, null));
            cancel = CompletableFuture.supplyAsync(() -> command("cancel", id, "\"2\"", "bob"));
            await().atMost(Duration.ofSeconds(10)).until(() -> LogEnd.of(finished.partition()) > finished.offset() + 1);
        } finally {
            gate.open();
        }
        ExtractableResponse<Response> answer = cancel.join();

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.<String>path("rejection")).isEqualTo("ALREADY_FINAL");
        assertThat(answer.<String>path("currentStatus")).isEqualTo("SUCCEEDED");
        assertThat(answer.<List<String>>path("allowedTransitions")).isEmpty();
        // And a later cancel with the same stale version is judged before publishing: 409 again, not 412.
        ExtractableResponse<Response> again = command("cancel", id, "\"2\"", "bob");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.<String>path("currentStatus")).isEqualTo("SUCCEEDED");
    }

    /**
     * Holds the projection so the view still shows version 1, lets another service approve first in the log,
     * then sends bob's cancel (judged against the stale view, so it is published) and releases the view once
     * the cancel is in the log: the fold rejects it.
     */
    private ExtractableResponse<Response> loseInTheFold(UUID id, String ifMatch) {
        gate.close();
        try {
            RecordPosition approve = log.publish(new StatusChanged(UUID.randomUUID(), id, clock.instant(),
                    Actor.user("someone-else"), "activity-api", ActivityStatus.BLOCKED, ActivityStatus.QUEUED, 1,
                    "approved elsewhere", null, null));
            CompletableFuture<ExtractableResponse<Response>> cancel = CompletableFuture.supplyAsync(
                    () -> command("cancel", id, ifMatch, "bob"));
            await().atMost(Duration.ofSeconds(10)).until(() -> LogEnd.of(approve.partition()) > approve.offset() + 1);
            gate.open();
            return cancel.join();
        } finally {
            gate.open();
        }
    }

    private static ExtractableResponse<Response> command(String command, UUID id, String ifMatch) {
        return command(command, id, ifMatch, "racer-" + command);
    }

    private static ExtractableResponse<Response> command(String command, UUID id, String ifMatch, String user) {
        var request = as(user);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post("/activities/" + id + "/" + command).then().extract();
    }

    @SafeVarargs
    private static List<ExtractableResponse<Response>> race(
            java.util.function.Supplier<ExtractableResponse<Response>>... calls) {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ExtractableResponse<Response>>> running = java.util.Arrays.stream(calls)
                .map(call -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return call.get();
                }))
                .toList();
        start.countDown();
        return running.stream().map(CompletableFuture::join).toList();
    }
}
