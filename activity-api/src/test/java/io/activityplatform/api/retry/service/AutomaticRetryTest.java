package io.activityplatform.api.retry.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.api.retry.repository.RetryQueries;
import io.activityplatform.api.testsupport.EventLog;
import io.activityplatform.api.testsupport.FastReactions;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.RetryPolicy;
import io.activityplatform.events.event.RetryPolicy.Backoff;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.ids.DeterministicIds;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.projection.ActivityViewStore;
import io.activityplatform.service.projection.ProjectionConsumer;
import io.activityplatform.service.projection.ProjectionStats;
import io.activityplatform.service.time.MutableClock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Automatic retries against the real log and database: a FAILED activity with attempts left gets its next
 * attempt after the backoff, the last attempt gets none, and neither a replay nor a rebuild of the view ever
 * creates an attempt twice. Failures are published as the message-system would publish them.
 */
@QuarkusTest
@TestProfile(FastReactions.class)
@WithTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api_reactions"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class AutomaticRetryTest {

    private static final Duration BOUND = EventLog.BOUND;
    private static final RetryPolicy THREE_EXPONENTIAL = new RetryPolicy(3, Backoff.EXPONENTIAL, 60, 3600);

    @Inject
    EventLog log;
    @Inject
    ActivityViewStore view;
    @Inject
    RetryQueries queries;
    @Inject
    AutomaticRetries retries;
    @Inject
    ProjectionConsumer consumer;
    @Inject
    ProjectionStats stats;
    @Inject
    MutableClock clock;
    @Inject
    Pool pool;

    private static ActivityDefinition script(RetryPolicy retry) {
        return new ActivityDefinition("ExecuteScriptRequest", "computer-retry", null, "flaky script",
                Map.of("interpreter", "/bin/sh", "code", "exit 1"), null, null, null, null, retry, 120, 1, null, null);
    }

    @Test
    void aFailureWithThreeAttemptsGetsAttemptsTwoAndThreeWithBackoffAndNoDuplicatesOnReplay() {
        clock.set(Instant.parse("2026-04-01T09:00:00Z"));
        UUID original = log.create(script(THREE_EXPONENTIAL));
        log.finish(original, 1, ActivityStatus.FAILED);
        Instant firstFailure = state(original).finishedAt();

        ActivityState second = awaitState(DeterministicIds.retryAttempt(original, 2));
        assertThat(second.status()).isEqualTo(ActivityStatus.SCHEDULED);
        assertThat(second.definition().attempt()).isEqualTo(2);
        assertThat(second.definition().retryOf()).isEqualTo(original);
        assertThat(second.definition().deliverAfter()).isEqualTo(firstFailure.plusSeconds(60));
        assertThat(second.definition().parameters()).isEqualTo(script(null).parameters());
        assertThat(second.definition().computerId()).isEqualTo("computer-retry");
        assertThat(second.definition().timeoutSeconds()).isEqualTo(120);
        assertThat(second.createdBy().toString()).isEqualTo("service:activity-api");

        clock.advance(Duration.ofMinutes(5));
        log.finish(second.id(), 1, ActivityStatus.FAILED);
        Instant secondFailure = state(second.id()).finishedAt();

        ActivityState third = awaitState(DeterministicIds.retryAttempt(original, 3));
        assertThat(third.status()).isEqualTo(ActivityStatus.SCHEDULED);
        assertThat(third.definition().attempt()).isEqualTo(3);
        assertThat(third.definition().retryOf()).isEqualTo(original);
        assertThat(third.definition().deliverAfter()).isEqualTo(secondFailure.plusSeconds(120));

        log.finish(third.id(), 1, ActivityStatus.FAILED);
        assertThat(retries.scan().await().atMost(BOUND)).isZero();
        assertThat(retriesOf(original)).hasSize(2);
        assertThat(view.find(DeterministicIds.retryAttempt(original, 4)).await().atMost(BOUND)).isEmpty();

        long skipped = stats.snapshot().replaysSkipped();
        consumer.replayFromStart();
        await().atMost(BOUND).until(() -> stats.snapshot().replaysSkipped() > skipped);
        assertThat(retries.scan().await().atMost(BOUND)).isZero();
        assertThat(retriesOf(original)).hasSize(2);

        RestAssured.given().post("/admin/projection/rebuild").then().statusCode(200);
        await().atMost(BOUND).until(() -> view.find(third.id()).await().atMost(BOUND)
                .map(s -> s.status() == ActivityStatus.FAILED).orElse(false));
        await().atMost(BOUND).until(() -> retries.scan().await().atMost(BOUND) == 0);
        assertThat(retriesOf(original)).extracting(s -> s.definition().attempt()).containsExactly(2, 3);
        assertThat(state(second.id()).definition().deliverAfter()).isEqualTo(firstFailure.plusSeconds(60));
    }

    @Test
    void anActivityWithoutAttemptsLeftOrThatSucceededGetsNoRetry() {
        UUID once = log.create(script(new RetryPolicy(1, Backoff.FIXED, 10, null)));
        UUID succeeded = log.create(script(THREE_EXPONENTIAL));
        UUID noPolicy = log.create(script(null));
        log.finish(once, 1, ActivityStatus.FAILED);
        log.finish(succeeded, 1, ActivityStatus.SUCCEEDED);
        log.finish(noPolicy, 1, ActivityStatus.FAILED);

        assertThat(retries.scan().await().atMost(BOUND)).isZero();
        for (UUID id : List.of(once, succeeded, noPolicy)) {
            assertThat(retriesOf(id)).as(id.toString()).isEmpty();
        }
    }

    @Test
    void anotherReplicasCreateOfTheSameAttemptIsRejectedAndChangesNothing() {
        UUID original = log.create(script(new RetryPolicy(2, Backoff.FIXED, 45, null)));
        log.finish(original, 1, ActivityStatus.FAILED);
        ActivityState attempt = awaitState(DeterministicIds.retryAttempt(original, 2));

        // A second replica reacting to the same failure, later and under its own name.
        log.apply(RetryAttempts.automatic(state(original), Actor.service("replica-2"),
                "activity-api", clock.instant().plusSeconds(30)).orElseThrow());

        ActivityState after = state(attempt.id());
        assertThat(after.createdBy()).isEqualTo(attempt.createdBy());
        assertThat(after.createdAt()).isEqualTo(attempt.createdAt());
        assertThat(retriesOf(original)).hasSize(1);
    }

    @Test
    void theCatchUpScanCreatesTheAttemptOfAFailureWhoseReactionWasLost() {
        // As if the replica had crashed right after committing the failure: the view holds the FAILED state (here
        // written the way the projection writes it), but no reaction ever ran for it.
        UUID original = UUID.randomUUID();
        ActivityState failed = RetryAttemptsTest.finished(original,
                new ActivityDefinition("RestartRequest", "computer-lost", null, null, Map.of(), null, null, null,
                        null, new RetryPolicy(2, Backoff.FIXED, 30, null), null, 1, null, null),
                ActivityStatus.FAILED, Instant.parse("2026-04-02T10:00:00Z"));
        pool.withTransaction(tx -> view.upsert(tx, List.of(failed))).await().atMost(BOUND);

        ActivityState attempt = awaitState(DeterministicIds.retryAttempt(original, 2));

        assertThat(attempt.definition().deliverAfter()).isEqualTo(Instant.parse("2026-04-02T10:00:30Z"));
        assertThat(attempt.status()).isEqualTo(ActivityStatus.SCHEDULED);
    }

    private ActivityState state(UUID id) {
        return view.find(id).await().atMost(BOUND).orElseThrow();
    }

    private ActivityState awaitState(UUID id) {
        return await().atMost(BOUND).until(() -> view.find(id).await().atMost(BOUND), Optional::isPresent).get();
    }

    private List<ActivityState> retriesOf(UUID original) {
        return queries.chain(original).await().atMost(BOUND).stream().filter(s -> !s.id().equals(original)).toList();
    }
}
