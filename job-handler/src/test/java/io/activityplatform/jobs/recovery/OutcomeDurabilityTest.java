package io.activityplatform.jobs.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.jobs.handler.JobOutcome;
import io.activityplatform.jobs.metrics.JobMetrics;
import io.activityplatform.jobs.support.Activities;
import io.activityplatform.jobs.support.ActivityLog;
import io.activityplatform.jobs.support.FlakyPublishing;
import io.activityplatform.jobs.support.JobScripts;
import io.activityplatform.jobs.support.Scans;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.time.MutableClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A handler's outcome is never lost and the handler never runs twice for one claim (issue 10 §5): the
 * outcome is stored before it is published, a failed publish is repeated from the stored record, and a process
 * that dies after its handler returned leaves the outcome to be published by another one, not an orphan to
 * resume or fail INTERRUPTED. Publish failures are injected ({@link FlakyPublishing}); a "crash" is the
 * execution row handed to a dead process while the in-process execution is already gone.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "job_handler"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class OutcomeDurabilityTest {

    private static final Duration PAST_ORPHAN_AFTER = Duration.ofSeconds(31);

    @Inject
    Activities activities;
    @Inject
    ActivityLog log;
    @Inject
    JobScripts scripts;
    @Inject
    FlakyPublishing publishing;
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

    @Test
    void aFinalPublishThatFailsIsRepeatedFromTheStoredOutcome() {
        scripts.register("publish-fails", context -> {
            context.log("the real work");
            return JobOutcome.succeeded("the real outcome");
        });
        long resumedBefore = metrics.snapshot().resumed();
        UUID id = UUID.randomUUID();
        publishing.failFinalPublish(id, 3);
        activities.publish(created(id, Activities.scripted("publish-fails")));

        ActivityState done = activities.awaitFinal(id);

        assertThat(publishing.failures(id)).as("the runner's publish and two re-publishes failed").isEqualTo(3);
        assertThat(done.status()).isEqualTo(ActivityStatus.SUCCEEDED);
        assertThat(done.result().text()).isEqualTo("the real outcome");
        assertThat(done.output()).isEqualTo("the real work\n");
        assertThat(scripts.executions(id)).isEqualTo(1);
        assertThat(metrics.snapshot().resumed()).isEqualTo(resumedBefore);
        assertThat(claims(id)).hasSize(1).first().extracting(StatusChanged::eventId).isEqualTo(done.claimEventId());
    }

    @Test
    void aCrashAfterTheHandlerFinishedEndsWithTheStoredOutcomeAndNeverRunsItAgain() {
        scripts.register("crash-after-finish", context -> JobOutcome.succeeded("finished before the crash"));
        UUID id = UUID.randomUUID();
        publishing.failFinalPublish(id, FlakyPublishing.FOREVER);
        activities.publish(created(id, Activities.scripted("crash-after-finish")));
        UUID claim = awaitStoredOutcomeThenCrash(id);

        // Past orphanAfter the execution's heartbeat is stale: an idempotent handler would be resumed here.
        long resumedBefore = metrics.snapshot().resumed();
        int failuresBefore = publishing.failures(id);
        clock.advance(PAST_ORPHAN_AFTER);
        scans.awaitTwoMore();
        assertThat(activities.state(id).status()).isEqualTo(ActivityStatus.IN_PROGRESS);
        assertThat(publishing.failures(id)).as("another process re-publishes it").isGreaterThan(failuresBefore);
        assertThat(scripts.executions(id)).isEqualTo(1);
        assertThat(metrics.snapshot().resumed()).isEqualTo(resumedBefore);

        publishing.disarm(id);
        ActivityState done = activities.awaitFinal(id);

        assertThat(done.status()).isEqualTo(ActivityStatus.SUCCEEDED);
        assertThat(done.result().text()).isEqualTo("finished before the crash");
        assertThat(done.claimEventId()).isEqualTo(claim);
        assertThat(scripts.executions(id)).isEqualTo(1);
        assertThat(ledger.starts(id)).hasSize(1);
        assertThat(ledger.reportedTwice(id)).isFalse();
        assertThat(claims(id)).hasSize(1);
    }

    @Test
    void aNonIdempotentHandlerThatFinishedBeforeACrashIsNotFailedInterrupted() {
        UUID id = UUID.randomUUID();
        publishing.failFinalPublish(id, FlakyPublishing.FOREVER);
        activities.publish(created(id, ActivityDefinition.of("ArchiveRequest", null, Map.of("olderThanDays", 1))));
        awaitStoredOutcomeThenCrash(id);

        clock.advance(PAST_ORPHAN_AFTER);
        scans.awaitTwoMore();
        assertThat(activities.state(id).status()).isEqualTo(ActivityStatus.IN_PROGRESS);

        publishing.disarm(id);
        ActivityState done = activities.awaitFinal(id);

        assertThat(done.status()).isEqualTo(ActivityStatus.SUCCEEDED);
        assertThat(done.error()).isNull();
        assertThat(done.result().text()).doesNotContain("INTERRUPTED");
        assertThat(Files.exists(Path.of("target/test-data/archives", "activities-" + id + ".jsonl.gz"))).isTrue();
        assertThat(ledger.starts(id)).hasSize(1);
    }

    /**
     * Waits until the handler's outcome is stored and its publish failed, then "kills" the process that ran
     * it: the execution row now belongs to a process that no longer exists (this one's execution is gone).
     *
     * @return the claim's event id
     */
    private UUID awaitStoredOutcomeThenCrash(UUID id) {
        await().atMost(Activities.WAIT).until(() -> publishing.failures(id) > 0 && storedOutcome(id) != null);
        UUID claim = storedOutcome(id);
        pool.preparedQuery("update job_executions set instance_id = 'job-handler-dead' where claim_event_id = $1")
                .execute(Tuple.of(claim)).await().atMost(Activities.WAIT);
        return claim;
    }

    /** The claim whose execution row holds a stored outcome, or null. */
    private UUID storedOutcome(UUID id) {
        for (Row row : pool.preparedQuery("select claim_event_id from job_executions"
                + " where activity_id = $1 and outcome is not null").execute(Tuple.of(id)).await().atMost(Activities.WAIT)) {
            return row.getUUID("claim_event_id");
        }
        return null;
    }

    private List<StatusChanged> claims(UUID id) {
        return log.events(id).stream().filter(e -> e instanceof StatusChanged).map(e -> (StatusChanged) e)
                .filter(change -> change.to() == ActivityStatus.IN_PROGRESS).toList();
    }

    private ActivityEvent created(UUID id, ActivityDefinition definition) {
        return new io.activityplatform.events.event.ActivityCreated(UUID.randomUUID(), id, clock.instant(),
                Activities.OPERATOR, "activity-api", definition, ActivityStatus.QUEUED);
    }
}
