package io.activityplatform.jobs.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.ErrorCodes;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.jobs.execution.RunningJobs;
import io.activityplatform.jobs.support.Activities;
import io.activityplatform.jobs.support.ActivityLog;
import io.activityplatform.jobs.support.JobScripts;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.time.MutableClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A running handler is interrupted when its activity times out or is canceled, and emits nothing more. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "job_handler"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class TimeoutAndCancelTest {

    @Inject
    Activities activities;
    @Inject
    ActivityLog log;
    @Inject
    JobScripts scripts;
    @Inject
    RunningJobs running;
    @Inject
    MutableClock clock;
    @Inject
    io.activityplatform.jobs.support.Scans scans;

    private UUID startBlocking(Integer timeoutSeconds) {
        UUID id = activities.create(Activities.definition("SyncPocketRequest", null,
                io.activityplatform.jobs.support.ScriptedHandlers.parameters("block"), null, null, null,
                timeoutSeconds), ActivityStatus.QUEUED);
        await().atMost(Activities.WAIT).until(() -> scripts.started(id)
                && activities.find(id).map(s -> s.progressPercent() != null).orElse(false));
        return id;
    }

    @Test
    void runningLongerThanTheTimeoutFailsWithTimedOutAndInterruptsTheHandler() {
        UUID id = startBlocking(60);
        clock.advance(Duration.ofSeconds(59));
        scans.awaitTwoMore();
        assertThat(activities.state(id).status()).isEqualTo(ActivityStatus.IN_PROGRESS);

        clock.advance(Duration.ofSeconds(1));
        ActivityState failed = activities.awaitFinal(id);

        assertThat(failed.status()).isEqualTo(ActivityStatus.FAILED);
        assertThat(failed.error().code()).isEqualTo(ErrorCodes.TIMED_OUT);
        await().atMost(Activities.WAIT).until(() -> scripts.interrupted(id) && !running.isRunning(id));
        assertThat(statusChanges(id)).extracting(StatusChanged::to)
                .containsExactly(ActivityStatus.IN_PROGRESS, ActivityStatus.FAILED);
    }

    @Test
    void aCancelDuringExecutionInterruptsTheHandlerAndNothingFollowsIt() {
        UUID id = startBlocking(null);

        activities.cancel(id);

        assertThat(activities.awaitFinal(id).status()).isEqualTo(ActivityStatus.CANCELED);
        await().atMost(Activities.WAIT).until(() -> scripts.interrupted(id) && !running.isRunning(id));
        List<ActivityEvent> events = log.events(id);
        ActivityEvent last = events.get(events.size() - 1);
        assertThat(last).isInstanceOf(StatusChanged.class);
        assertThat(((StatusChanged) last).to()).isEqualTo(ActivityStatus.CANCELED);
        assertThat(last.actor()).isEqualTo(Activities.OPERATOR);
        assertThat(scripts.executions(id)).isEqualTo(1);
    }

    private List<StatusChanged> statusChanges(UUID id) {
        return log.events(id).stream().filter(StatusChanged.class::isInstance).map(StatusChanged.class::cast).toList();
    }
}
