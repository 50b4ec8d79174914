package io.activityplatform.api.retry.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.RetryPolicy;
import io.activityplatform.events.event.RetryPolicy.Backoff;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.event.WaitCondition;
import io.activityplatform.events.fold.ActivityFold;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.ids.DeterministicIds;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RetryAttemptsTest {

    private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");
    private static final Actor SERVICE = Actor.service("activity-api");
    private static final RetryPolicy EXPONENTIAL = new RetryPolicy(3, Backoff.EXPONENTIAL, 60, 3600);

    static ActivityState finished(UUID id, ActivityDefinition definition, ActivityStatus end, Instant at) {
        ActivityState state = ActivityFold.apply(null, new ActivityCreated(UUID.randomUUID(), id, T0,
                Actor.user("alice"), "test", definition, ActivityStatus.QUEUED)).state();
        state = ActivityFold.apply(state, change(id, ActivityStatus.IN_PROGRESS, 1, at.minusSeconds(5))).state();
        return ActivityFold.apply(state, change(id, end, 2, at)).state();
    }

    private static StatusChanged change(UUID id, ActivityStatus to, int expected, Instant at) {
        return new StatusChanged(UUID.randomUUID(), id, at, Actor.agent("c1"), "test", null, to, expected, "test",
                null, null);
    }

    static ActivityDefinition script(RetryPolicy retry, int attempt, UUID retryOf) {
        return new ActivityDefinition("ExecuteScriptRequest", "c1", null, "cleanup",
                Map.of("interpreter", "/bin/sh", "code", "exit 1"), null, null, null, null, retry, 30, attempt,
                retryOf, null);
    }

    @Test
    void aFailureWithAttemptsLeftGetsTheNextAttemptScheduledAfterTheBackoff() {
        UUID original = UUID.randomUUID();
        Instant failedAt = T0.plusSeconds(100);
        ActivityState failed = finished(original, script(EXPONENTIAL, 1, null), ActivityStatus.FAILED, failedAt);

        ActivityCreated next = RetryAttempts.automatic(failed, SERVICE, "activity-api", T0.plusSeconds(200)).orElseThrow();

        assertThat(next.activityId()).isEqualTo(DeterministicIds.retryAttempt(original, 2));
        assertThat(next.initialStatus()).isEqualTo(ActivityStatus.SCHEDULED);
        assertThat(next.definition().attempt()).isEqualTo(2);
        assertThat(next.definition().retryOf()).isEqualTo(original);
        assertThat(next.definition().deliverAfter()).isEqualTo(failedAt.plusSeconds(60));
        assertThat(next.definition().parameters()).isEqualTo(failed.definition().parameters());
        assertThat(next.definition().computerId()).isEqualTo("c1");
        assertThat(next.definition().timeoutSeconds()).isEqualTo(30);
        assertThat(next.definition().retry()).isEqualTo(EXPONENTIAL);
        assertThat(next.actor()).isEqualTo(SERVICE);
    }

    @Test
    void theThirdAttemptWaitsTwiceAsLongWithExponentialBackoffAndKeepsTheOriginal() {
        UUID original = UUID.randomUUID();
        UUID second = DeterministicIds.retryAttempt(original, 2);
        Instant failedAt = T0.plusSeconds(500);
        ActivityState failed = finished(second, script(EXPONENTIAL, 2, original), ActivityStatus.FAILED, failedAt);

        ActivityCreated next = RetryAttempts.automatic(failed, SERVICE, "activity-api", T0).orElseThrow();

        assertThat(next.activityId()).isEqualTo(DeterministicIds.retryAttempt(original, 3));
        assertThat(next.definition().retryOf()).isEqualTo(original);
        assertThat(next.definition().deliverAfter()).isEqualTo(failedAt.plus(Duration.ofSeconds(120)));
    }

    @Test
    void noAttemptAfterTheLastOneOrWithoutAPolicyOrForAnotherOutcome() {
        UUID original = UUID.randomUUID();
        ActivityState last = finished(DeterministicIds.retryAttempt(original, 3), script(EXPONENTIAL, 3, original),
                ActivityStatus.FAILED, T0);
        ActivityState noPolicy = finished(UUID.randomUUID(), script(null, 1, null), ActivityStatus.FAILED, T0);
        ActivityState succeeded = finished(UUID.randomUUID(), script(EXPONENTIAL, 1, null), ActivityStatus.SUCCEEDED,
                T0);
        ActivityState canceled = finished(UUID.randomUUID(), script(EXPONENTIAL, 1, null), ActivityStatus.CANCELED,
                T0);

        for (ActivityState state : new ActivityState[] {last, noPolicy, succeeded, canceled}) {
            assertThat(RetryAttempts.automatic(state, SERVICE, "activity-api", T0)).as(state.status().name())
                    .isEmpty();
        }
    }

    @Test
    void theSameFailureAlwaysYieldsTheSameCreateIdAndEventId() {
        ActivityState failed = finished(UUID.randomUUID(), script(EXPONENTIAL, 1, null), ActivityStatus.FAILED, T0);

        ActivityCreated a = RetryAttempts.automatic(failed, SERVICE, "replica-a", T0).orElseThrow();
        ActivityCreated b = RetryAttempts.automatic(failed, SERVICE, "replica-b", T0.plusSeconds(9)).orElseThrow();

        assertThat(a.activityId()).isEqualTo(b.activityId());
        assertThat(a.eventId()).isEqualTo(b.eventId());
    }

    @Test
    void aManualRetryIsTheSameChainAttemptButQueuedNow() {
        UUID original = UUID.randomUUID();
        ActivityState canceled = finished(original, script(null, 1, null), ActivityStatus.CANCELED, T0);

        ActivityCreated manual = RetryAttempts.manual(canceled, Actor.user("bob"), "activity-api", T0.plusSeconds(5));

        assertThat(manual.activityId()).isEqualTo(DeterministicIds.retryAttempt(original, 2));
        assertThat(manual.initialStatus()).isEqualTo(ActivityStatus.QUEUED);
        assertThat(manual.definition().deliverAfter()).isNull();
        assertThat(manual.definition().retryOf()).isEqualTo(original);
        assertThat(manual.actor()).isEqualTo(Actor.user("bob"));
        assertThat(manual.occurredAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void deliveryConstraintsOfTheFirstDeliveryAreNotCarriedOver() {
        UUID parent = UUID.randomUUID();
        UUID schedule = UUID.randomUUID();
        ActivityDefinition constrained = new ActivityDefinition("ExecuteScriptRequest", "c1", parent, "s",
                Map.of("interpreter", "/bin/sh", "code", "true"), T0.minusSeconds(60), T0.plusSeconds(3600), 600,
                new WaitCondition(UUID.randomUUID(), WaitCondition.Until.SUCCEEDED, null), EXPONENTIAL, null, 1, null,
                schedule);
        ActivityState failed = finished(UUID.randomUUID(), constrained, ActivityStatus.FAILED, T0);

        ActivityDefinition next = RetryAttempts.definition(failed, null);

        assertThat(next.deliverBefore()).isNull();
        assertThat(next.deliverDelayWindowSeconds()).isNull();
        assertThat(next.waitFor()).isNull();
        assertThat(next.parentId()).isEqualTo(parent);
        assertThat(next.scheduleId()).isEqualTo(schedule);
    }
}
