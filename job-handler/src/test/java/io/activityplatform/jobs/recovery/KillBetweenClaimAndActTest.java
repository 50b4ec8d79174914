package io.activityplatform.jobs.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.event.ErrorCodes;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.event.WaitCondition;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.jobs.execution.ExecutionClaims;
import io.activityplatform.jobs.handler.JobOutcome;
import io.activityplatform.jobs.metrics.JobMetrics;
import io.activityplatform.jobs.support.Activities;
import io.activityplatform.jobs.support.ActivityLog;
import io.activityplatform.jobs.support.JobScripts;
import io.activityplatform.jobs.support.Scans;
import io.activityplatform.jobs.support.ScriptedHandlers;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.claim.Claim;
import io.activityplatform.service.time.MutableClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A process killed after its claim was recorded, published and won, but before it acted (issue 10 §2): the
 * claim goes through the real protocol ({@link ExecutionClaims}), then nothing is started, as if the process
 * died and its in-memory state with it. Recovery, keyed by the claim's event id, acts on that very claim once:
 * it resumes an idempotent handler (one run, no second claim) and fails a non-idempotent one INTERRUPTED
 * without running it. Until the claim is older than {@code orphanAfter}, it is left alone.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "job_handler"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class KillBetweenClaimAndActTest {

    private static final Duration PAST_ORPHAN_AFTER = Duration.ofSeconds(31);

    @Inject
    Activities activities;
    @Inject
    ActivityLog log;
    @Inject
    ExecutionClaims executionClaims;
    @Inject
    JobScripts scripts;
    @Inject
    JobMetrics metrics;
    @Inject
    Scans scans;
    @Inject
    MutableClock clock;
    @Inject
    Pool pool;
    @Inject
    io.activityplatform.jobs.support.Ledger ledger;

    /** WAITING for an activity that never exists, so only the test's claim ever moves it. */
    private UUID waiting(String type, Map<String, Object> parameters) {
        return activities.create(Activities.definition(type, null, parameters, null, null,
                new WaitCondition(UUID.randomUUID(), WaitCondition.Until.SUCCEEDED, null), null),
                ActivityStatus.WAITING);
    }

    /** Claims through the real protocol, then "dies": the winner is never handed to the runner. */
    private Claim claimThenDie(UUID id) {
        Claim claim = executionClaims.claimForExecution(activities.state(id)).await().atMost(Activities.WAIT);
        assertThat(claim.won()).isTrue();
        return claim;
    }

    @Test
    void anIdempotentHandlerIsRunOnceUnderTheClaimItsKilledProcessMade() {
        AtomicInteger runs = new AtomicInteger();
        scripts.register("killed-before-acting", context -> JobOutcome.succeeded("run " + runs.incrementAndGet()));
        UUID id = waiting("SyncPocketRequest", ScriptedHandlers.parameters("killed-before-acting"));
        long resumedBefore = metrics.snapshot().resumed();
        Claim claim = claimThenDie(id);

        scans.awaitTwoMore();
        assertThat(activities.state(id).status()).as("a fresh claim may still be acting").isEqualTo(ActivityStatus.IN_PROGRESS);
        assertThat(runs).hasValue(0);
        assertThat(resumes(claim)).isZero();

        clock.advance(PAST_ORPHAN_AFTER);
        ActivityState done = activities.awaitFinal(id);

        assertThat(done.status()).isEqualTo(ActivityStatus.SUCCEEDED);
        assertThat(done.result().text()).isEqualTo("run 1");
        assertThat(runs).hasValue(1);
        assertThat(ledger.starts(id)).singleElement().extracting(e -> e.attempt())
                .isEqualTo(claim.event().eventId().toString());
        assertThat(done.claimEventId()).as("recovered under the dead process's claim").isEqualTo(claim.event().eventId());
        assertThat(claims(id)).as("no second claim").hasSize(1);
        assertThat(metrics.snapshot().resumed()).isEqualTo(resumedBefore + 1);
    }

    @Test
    void aNonIdempotentHandlerIsFailedInterruptedWithoutEverRunning() {
        UUID id = waiting("ArchiveRequest", Map.of("olderThanDays", 1));
        Claim claim = claimThenDie(id);

        clock.advance(PAST_ORPHAN_AFTER);
        ActivityState failed = activities.awaitFinal(id);

        assertThat(failed.status()).isEqualTo(ActivityStatus.FAILED);
        assertThat(failed.error().code()).isEqualTo(ErrorCodes.INTERRUPTED);
        assertThat(failed.claimEventId()).isEqualTo(claim.event().eventId());
        assertThat(claims(id)).hasSize(1);
        assertThat(Files.exists(Path.of("target/test-data/archives", "activities-" + id + ".jsonl.gz"))).isFalse();
        assertThat(ledger.starts(id)).isEmpty();
    }

    /** How often the execution row of the claim was taken over (null row: never). */
    private int resumes(Claim claim) {
        var rows = pool.preparedQuery("select resumes from job_executions where claim_event_id = $1")
                .execute(Tuple.of(claim.event().eventId())).await().atMost(Activities.WAIT);
        return rows.size() == 0 ? 0 : rows.iterator().next().getInteger("resumes");
    }

    private List<StatusChanged> claims(UUID id) {
        return log.events(id).stream().filter(e -> e instanceof StatusChanged).map(e -> (StatusChanged) e)
                .filter(change -> change.to() == ActivityStatus.IN_PROGRESS).toList();
    }
}
