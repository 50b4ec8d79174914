package io.activityplatform.jobs.rules;

import static io.activityplatform.jobs.rules.States.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.event.ErrorCodes;
import io.activityplatform.events.event.WaitCondition;
import io.activityplatform.events.event.WaitCondition.Until;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import org.junit.jupiter.api.Test;

class DependencyRuleTest {

    private static ActivityState waitingFor(ActivityState dependency, Until until, Integer threshold) {
        return States.created(States.server(null, null, new WaitCondition(dependency.id(), until, threshold), null),
                ActivityStatus.WAITING).get();
    }

    @Test
    void releasesToQueuedWhenTheAwaitedActivitySucceeded() {
        ActivityState dependency = States.client(ActivityStatus.QUEUED).to(ActivityStatus.IN_PROGRESS, T0)
                .to(ActivityStatus.SUCCEEDED, T0).get();
        ActivityState waiting = waitingFor(dependency, Until.SUCCEEDED, null);

        Reaction reaction = DependencyRule.evaluate(waiting, dependency).orElseThrow();

        assertThat(reaction.to()).isEqualTo(ActivityStatus.QUEUED);
        assertThat(reaction.expectedVersion()).isEqualTo(1);
        assertThat(reaction.error()).isNull();
    }

    @Test
    void cancelsWithDependencyFailedWhenSuccessCanNoLongerHappen() {
        ActivityState dependency = States.client(ActivityStatus.QUEUED).to(ActivityStatus.CANCELED, T0).get();
        ActivityState waiting = waitingFor(dependency, Until.SUCCEEDED, null);

        Reaction reaction = DependencyRule.evaluate(waiting, dependency).orElseThrow();

        assertThat(reaction.to()).isEqualTo(ActivityStatus.CANCELED);
        assertThat(reaction.error().code()).isEqualTo(ErrorCodes.DEPENDENCY_FAILED);
        assertThat(reaction.error().message()).contains(dependency.id().toString()).contains("CANCELED");
    }

    @Test
    void finishedIsSatisfiedByAFailureToo() {
        ActivityState dependency = States.client(ActivityStatus.QUEUED).to(ActivityStatus.IN_PROGRESS, T0)
                .to(ActivityStatus.FAILED, T0).get();

        Reaction reaction = DependencyRule.evaluate(waitingFor(dependency, Until.FINISHED, null), dependency)
                .orElseThrow();

        assertThat(reaction.to()).isEqualTo(ActivityStatus.QUEUED);
    }

    @Test
    void progressThresholdReleasesOnlyOnceReached() {
        States running = States.client(ActivityStatus.QUEUED).to(ActivityStatus.IN_PROGRESS, T0).progress(30);
        ActivityState waiting = waitingFor(running.get(), Until.PROGRESS, 50);

        assertThat(DependencyRule.evaluate(waiting, running.get())).isEmpty();
        assertThat(DependencyRule.evaluate(waiting, running.progress(50).get()).orElseThrow().to())
                .isEqualTo(ActivityStatus.QUEUED);
    }

    @Test
    void progressThresholdReachedBeforeAFailureStillReleases() {
        ActivityState dependency = States.client(ActivityStatus.QUEUED).to(ActivityStatus.IN_PROGRESS, T0)
                .progress(80).to(ActivityStatus.FAILED, T0).get();

        assertThat(DependencyRule.evaluate(waitingFor(dependency, Until.PROGRESS, 50), dependency).orElseThrow().to())
                .isEqualTo(ActivityStatus.QUEUED);
    }

    @Test
    void progressNeverReachedCancelsWhenTheDependencyEnds() {
        ActivityState dependency = States.client(ActivityStatus.QUEUED).to(ActivityStatus.IN_PROGRESS, T0)
                .progress(20).to(ActivityStatus.FAILED, T0).get();

        Reaction reaction = DependencyRule.evaluate(waitingFor(dependency, Until.PROGRESS, 50), dependency)
                .orElseThrow();

        assertThat(reaction.to()).isEqualTo(ActivityStatus.CANCELED);
        assertThat(reaction.error().message()).contains("50% progress");
    }

    @Test
    void anUnknownOrRunningDependencyKeepsItWaiting() {
        ActivityState running = States.client(ActivityStatus.QUEUED).to(ActivityStatus.IN_PROGRESS, T0).get();
        ActivityState waiting = waitingFor(running, Until.SUCCEEDED, null);

        assertThat(DependencyRule.evaluate(waiting, null)).isEmpty();
        assertThat(DependencyRule.evaluate(waiting, running)).isEmpty();
    }

    @Test
    void waitingWithoutAConditionIsReleasedAndClientActivitiesAreLeftToTheMessageSystem() {
        ActivityState unconditioned = States.created(States.server(null, null, null, null), ActivityStatus.WAITING)
                .get();
        ActivityState clientWaiting = States.client(ActivityStatus.WAITING).get();

        assertThat(DependencyRule.evaluate(unconditioned, null).orElseThrow().to()).isEqualTo(ActivityStatus.QUEUED);
        assertThat(DependencyRule.evaluate(clientWaiting, null)).isEmpty();
    }
}
