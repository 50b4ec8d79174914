package io.activityplatform.events.rules;

import static io.activityplatform.events.rules.States.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.event.ErrorCodes;
import io.activityplatform.events.event.WaitCondition;
import io.activityplatform.events.event.WaitCondition.Until;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.events.codec.Decoded;
import io.activityplatform.events.codec.EventCodec;
import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.Actor;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
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
    void waitingWithoutAConditionIsReleasedWhateverTheKind() {
        ActivityState unconditioned = States.created(States.server(null, null, null, null), ActivityStatus.WAITING)
                .get();
        ActivityState clientWaiting = States.client(ActivityStatus.WAITING).get();

        assertThat(DependencyRule.evaluate(unconditioned, null).orElseThrow().to()).isEqualTo(ActivityStatus.QUEUED);
        assertThat(DependencyRule.evaluate(clientWaiting, null).orElseThrow().to()).isEqualTo(ActivityStatus.QUEUED);
    }

    @Test
    void aConditionWithoutUntilMeansSucceededForBothKinds() {
        ActivityState failed = States.client(ActivityStatus.QUEUED).to(ActivityStatus.IN_PROGRESS, T0)
                .to(ActivityStatus.FAILED, T0).get();
        WaitCondition noUntil = new WaitCondition(failed.id(), null, null);
        ActivityState server = States.created(States.server(null, null, noUntil, null), ActivityStatus.WAITING).get();
        ActivityState client = States.created(States.clientDefinition(null, null, noUntil, null),
                ActivityStatus.WAITING).get();

        assertThat(noUntil.until()).isEqualTo(Until.SUCCEEDED);
        assertThat(DependencyRule.evaluate(server, failed).orElseThrow().to()).isEqualTo(ActivityStatus.CANCELED);
        assertThat(DependencyRule.evaluate(client, failed).orElseThrow().to()).isEqualTo(ActivityStatus.CANCELED);
    }

    @Test
    void aCreatedEventFromAnyProducerWithoutUntilIsNormalizedWhenRead() {
        ActivityState waiting = States.created(States.server(null, null,
                new WaitCondition(UUID.randomUUID(), Until.FINISHED, null), null), ActivityStatus.WAITING).get();
        ActivityCreated created = new ActivityCreated(UUID.randomUUID(), waiting.id(), T0, Actor.user("alice"),
                "test", waiting.definition(), ActivityStatus.WAITING);
        String json = new String(EventCodec.encode(created), StandardCharsets.UTF_8)
                .replace("\"until\":\"FINISHED\",", "").replace(",\"until\":\"FINISHED\"", "");
        assertThat(json).doesNotContain("until");

        Decoded<ActivityEvent> decoded = EventCodec.decodeActivityEvent(json.getBytes(StandardCharsets.UTF_8));

        ActivityCreated read = (ActivityCreated) ((Decoded.Event<ActivityEvent>) decoded).event();
        assertThat(read.definition().waitFor().until()).isEqualTo(Until.SUCCEEDED);
    }
}
