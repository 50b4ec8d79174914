package io.activityplatform.jobs.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.ErrorCodes;
import io.activityplatform.events.event.ProgressReported;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.event.WaitCondition;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.jobs.execution.JobRunner;
import io.activityplatform.jobs.handler.JobOutcome;
import io.activityplatform.jobs.metrics.JobMetrics;
import io.activityplatform.jobs.support.Activities;
import io.activityplatform.jobs.support.JobScripts;
import io.activityplatform.jobs.support.Scans;
import io.activityplatform.jobs.support.ScriptedHandlers;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.publishing.EventPublisher;
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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Executions whose process died: resumed when their handler is idempotent, FAILED INTERRUPTED otherwise,
 * and left alone while another process still beats for them. A "dead process" is simulated by a claim made as
 * the job-handler plus an execution row nobody renews, or by stopping a running execution without a trace.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "job_handler"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class CrashRecoveryTest {

    private static final Actor JOB_HANDLER = Actor.service("job-handler");
    private static final Duration PAST_ORPHAN_AFTER = Duration.ofSeconds(31);

    @Inject
    Activities activities;
    @Inject
    JobScripts scripts;
    @Inject
    JobRunner runner;
    @Inject
    JobMetrics metrics;
    @Inject
    Scans scans;
    @Inject
    MutableClock clock;
    @Inject
    Pool pool;
    @Inject
    EventPublisher publisher;
    @Inject
    io.activityplatform.jobs.support.Ledger ledger;

    /** WAITING for an activity that never exists: nothing here moves it, only the simulated dead claim. */
    private UUID claimedByADeadProcess(String type, Map<String, Object> parameters, Instant heartbeat) {
        UUID id = activities.create(Activities.definition(type, null, parameters, null, null,
                new WaitCondition(UUID.randomUUID(), WaitCondition.Until.SUCCEEDED, null), null),
                ActivityStatus.WAITING);
        StatusChanged claim = activities.change(id, ActivityStatus.IN_PROGRESS, JOB_HANDLER, null);
        pool.preparedQuery("insert into job_executions (claim_event_id, activity_id, instance_id, started_at,"
                        + " heartbeat_at) values ($1, $2, 'job-handler-dead', $3, $3)")
                .execute(Tuple.of(claim.eventId(), id, heartbeat.atOffset(ZoneOffset.UTC)))
                .await().atMost(Activities.WAIT);
        return id;
    }

    @Test
    void anOrphanOfANonIdempotentHandlerFailsInterruptedAndIsNotRunAgain() {
        UUID id = claimedByADeadProcess("ArchiveRequest", Map.of("olderThanDays", 1), clock.instant());

        clock.advance(PAST_ORPHAN_AFTER);
        ActivityState failed = activities.awaitFinal(id);

        assertThat(failed.status()).isEqualTo(ActivityStatus.FAILED);
        assertThat(failed.error().code()).isEqualTo(ErrorCodes.INTERRUPTED);
        assertThat(failed.error().message()).contains("job-handler-dead").contains("not idempotent");
        assertThat(Files.exists(Path.of("target/test-data/archives", "activities-" + id + ".jsonl.gz"))).isFalse();
    }

    @Test
    void anOrphanOfAnIdempotentHandlerIsResumedAndContinuesItsOutput() {
        UUID id = claimedByADeadProcess("GenerateUsgReportActivity", Map.of(), clock.instant());
        activities.publish(new ProgressReported(UUID.randomUUID(), id, clock.instant(), JOB_HANDLER,
                "job-handler", 10, "before the crash\n", 1, false));
        long resumedBefore = metrics.snapshot().resumed();

        clock.advance(PAST_ORPHAN_AFTER);
        ActivityState done = activities.awaitFinal(id);

        assertThat(done.status()).isEqualTo(ActivityStatus.SUCCEEDED);
        assertThat(done.statusVersion()).isEqualTo(3);
        assertThat(done.output()).startsWith("before the crash\n").contains("report of");
        assertThat(done.outputSequence()).isGreaterThan(1);
        assertThat(done.result().artifacts()).extracting(a -> a.name()).contains("usg-report.csv");
        assertThat(metrics.snapshot().resumed()).isGreaterThan(resumedBefore);
    }

    @Test
    void anExecutionThatStillBeatsElsewhereIsLeftAloneUntilItsHeartbeatStops() {
        AtomicInteger runs = new AtomicInteger();
        scripts.register("elsewhere", context -> {
            runs.incrementAndGet();
            return JobOutcome.succeeded("resumed here");
        });
        clock.advance(PAST_ORPHAN_AFTER);
        UUID id = claimedByADeadProcess("SyncPocketRequest", ScriptedHandlers.parameters("elsewhere"),
                clock.instant().plus(PAST_ORPHAN_AFTER));
        clock.advance(PAST_ORPHAN_AFTER);

        scans.awaitTwoMore();
        assertThat(activities.state(id).status()).isEqualTo(ActivityStatus.IN_PROGRESS);
        assertThat(runs).hasValue(0);

        clock.advance(PAST_ORPHAN_AFTER);
        assertThat(activities.awaitFinal(id).status()).isEqualTo(ActivityStatus.SUCCEEDED);
        assertThat(runs).hasValue(1);
    }

    @Test
    void anExecutionKilledMidwayIsResumedByTheNextScan() {
        CountDownLatch firstRunBlocks = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        scripts.register("killed-midway", context -> {
            context.log("run " + runs.incrementAndGet());
            context.progress(runs.get() * 40);
            if (runs.get() == 1) {
                firstRunBlocks.await();
            }
            return JobOutcome.succeeded("finished on run " + runs.get());
        });
        UUID id = activities.create(Activities.scripted("killed-midway"), ActivityStatus.QUEUED);
        await().atMost(Activities.WAIT).until(() -> activities.find(id)
                .map(s -> s.progressPercent() != null).orElse(false));

        runner.stopAll("simulated crash");
        clock.advance(PAST_ORPHAN_AFTER);
        ActivityState done = activities.awaitFinal(id);

        assertThat(done.status()).isEqualTo(ActivityStatus.SUCCEEDED);
        assertThat(done.result().text()).isEqualTo("finished on run 2");
        assertThat(done.output()).isEqualTo("run 1\nrun 2\n");
        assertThat(scripts.interrupted(id)).isTrue();
        assertThat(scripts.executions(id)).isEqualTo(2);
        assertThat(done.statusVersion()).isEqualTo(3);
        // A resumed handler really runs twice: the execution ledger records both starts (under the one claim),
        // and the system test's check reports it, which shows that check can fail.
        assertThat(ledger.starts(id)).hasSize(2).extracting(e -> e.attempt())
                .containsOnly(done.claimEventId().toString());
        assertThat(ledger.reportedTwice(id)).isTrue();
    }

    @Test
    void aClaimMadeToFailAMissedDeadlineIsFinishedAsDeliveryTimedOut() {
        UUID id = UUID.randomUUID();
        ActivityDefinition overdue = new ActivityDefinition("SyncPocketRequest", null, null, null,
                ScriptedHandlers.parameters("quick"), null, clock.instant().minusSeconds(1), null,
                new WaitCondition(UUID.randomUUID(), WaitCondition.Until.SUCCEEDED, null), null, null, 1, null, null);
        StatusChanged deadlineClaim = new StatusChanged(UUID.randomUUID(), id, clock.instant(), JOB_HANDLER,
                "job-handler", ActivityStatus.WAITING, ActivityStatus.IN_PROGRESS, 1, "claimed to end it", null, null);
        // What a process that died between its deadline claim and the failure leaves behind: both records
        // go out in one producer batch, so the reactor here never sees the activity WAITING.
        publisher.publish(new ActivityCreated(UUID.randomUUID(), id, clock.instant(), Activities.OPERATOR,
                "activity-api", overdue, ActivityStatus.WAITING)).subscribe().with(p -> { });
        activities.publish(deadlineClaim);

        clock.advance(PAST_ORPHAN_AFTER);
        ActivityState failed = activities.awaitFinal(id);

        assertThat(failed.claimEventId()).isEqualTo(deadlineClaim.eventId());
        assertThat(failed.status()).isEqualTo(ActivityStatus.FAILED);
        assertThat(failed.error().code()).isEqualTo(ErrorCodes.DELIVERY_TIMED_OUT);
        assertThat(failed.statusVersion()).isEqualTo(3);
        assertThat(scripts.executions(id)).isZero();
    }
}
