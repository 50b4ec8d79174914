package io.activityplatform.jobs.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.ErrorCodes;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.event.WaitCondition;
import io.activityplatform.events.event.WaitCondition.Until;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.jobs.support.Activities;
import io.activityplatform.jobs.support.ActivityLog;
import io.activityplatform.jobs.support.Scans;
import io.activityplatform.jobs.support.ScriptedHandlers;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.time.MutableClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * WAITING server activities follow the activity they wait for (here a client activity moved as the
 * message-system would), and activities that never start by their deadline fail DELIVERY_TIMED_OUT.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "job_handler"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class WaitingAndDeadlineTest {

    private static final Actor AGENT = Actor.agent("computer-1");

    @Inject
    Activities activities;
    @Inject
    ActivityLog log;
    @Inject
    Scans scans;
    @Inject
    MutableClock clock;

    private UUID waitingFor(UUID dependency, Until until, Integer threshold, Instant deliverBefore) {
        return activities.create(Activities.definition("SyncPocketRequest", null, ScriptedHandlers.parameters("quick"),
                null, deliverBefore, new WaitCondition(dependency, until, threshold), null), ActivityStatus.WAITING);
    }

    @Test
    void isReleasedWhenTheAwaitedActivitySucceedsAndThenRuns() {
        UUID dependency = activities.createClient(ActivityStatus.QUEUED);
        UUID waiting = waitingFor(dependency, Until.SUCCEEDED, null, null);
        activities.change(dependency, ActivityStatus.IN_PROGRESS, AGENT, null);

        scans.awaitTwoMore();
        assertThat(activities.state(waiting).status()).isEqualTo(ActivityStatus.WAITING);

        activities.change(dependency, ActivityStatus.SUCCEEDED, AGENT, null);
        ActivityState done = activities.awaitFinal(waiting);

        assertThat(done.status()).isEqualTo(ActivityStatus.SUCCEEDED);
        assertThat(log.events(waiting)).filteredOn(StatusChanged.class::isInstance).map(StatusChanged.class::cast)
                .first().satisfies(release -> {
                    assertThat(release.to()).isEqualTo(ActivityStatus.QUEUED);
                    assertThat(release.expectedVersion()).isEqualTo(1);
                    assertThat(release.reason()).contains(dependency.toString()).contains("SUCCEEDED");
                });
    }

    @Test
    void isReleasedWhenTheAwaitedActivityReachesTheProgressThreshold() {
        UUID dependency = activities.createClient(ActivityStatus.QUEUED);
        UUID waiting = waitingFor(dependency, Until.PROGRESS, 50, null);
        activities.change(dependency, ActivityStatus.IN_PROGRESS, AGENT, null);
        activities.progress(dependency, 30);

        scans.awaitTwoMore();
        assertThat(activities.state(waiting).status()).isEqualTo(ActivityStatus.WAITING);

        activities.progress(dependency, 60);

        assertThat(activities.awaitFinal(waiting).status()).isEqualTo(ActivityStatus.SUCCEEDED);
        assertThat(activities.state(dependency).status()).isEqualTo(ActivityStatus.IN_PROGRESS);
        activities.change(dependency, ActivityStatus.SUCCEEDED, AGENT, null);
    }

    @Test
    void isCanceledWithDependencyFailedWhenTheAwaitedActivityFails() {
        UUID dependency = activities.createClient(ActivityStatus.QUEUED);
        UUID waiting = waitingFor(dependency, Until.SUCCEEDED, null, null);
        activities.change(dependency, ActivityStatus.IN_PROGRESS, AGENT, null);

        activities.change(dependency, ActivityStatus.FAILED, AGENT, null);
        ActivityState canceled = activities.awaitFinal(waiting);

        assertThat(canceled.status()).isEqualTo(ActivityStatus.CANCELED);
        assertThat(canceled.error().code()).isEqualTo(ErrorCodes.DEPENDENCY_FAILED);
        assertThat(canceled.statusChangedBy()).isEqualTo(Actor.service("job-handler"));
        assertThat(canceled.claimEventId()).isNull();
    }

    @Test
    void failsWithDeliveryTimedOutWhenNotStartedByItsDeadline() {
        UUID dependency = activities.createClient(ActivityStatus.QUEUED);
        UUID waiting = waitingFor(dependency, Until.SUCCEEDED, null, clock.instant().plus(Duration.ofMinutes(10)));

        scans.awaitTwoMore();
        assertThat(activities.state(waiting).status()).isEqualTo(ActivityStatus.WAITING);

        clock.advance(Duration.ofMinutes(11));
        ActivityState failed = activities.awaitFinal(waiting);

        assertThat(failed.status()).isEqualTo(ActivityStatus.FAILED);
        assertThat(failed.error().code()).isEqualTo(ErrorCodes.DELIVERY_TIMED_OUT);
        assertThat(failed.statusVersion()).isEqualTo(3);
        assertThat(failed.output()).isEmpty();
        activities.cancel(dependency);
    }

    @Test
    void aQueuedActivityPastItsDeadlineIsFailedNotRun() {
        UUID id = activities.create(Activities.definition("SyncPocketRequest", null,
                ScriptedHandlers.parameters("quick"), null, clock.instant().minusSeconds(1), null, null),
                ActivityStatus.QUEUED);

        ActivityState failed = activities.awaitFinal(id);

        assertThat(failed.status()).isEqualTo(ActivityStatus.FAILED);
        assertThat(failed.error().code()).isEqualTo(ErrorCodes.DELIVERY_TIMED_OUT);
        assertThat(failed.output()).isEmpty();
    }
}
