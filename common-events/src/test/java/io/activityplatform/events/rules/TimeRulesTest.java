package io.activityplatform.events.rules;

import static io.activityplatform.events.rules.States.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.event.ErrorCodes;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** ScheduleRule, DeadlineRule, TimeoutRule and ClaimRule: what the clock alone decides. */
class TimeRulesTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void scheduledIsPromotedExactlyWhenDeliverAfterIsReached() {
        ActivityState scheduled = States.created(States.server(T0.plus(HOUR), null, null, null),
                ActivityStatus.SCHEDULED).get();

        assertThat(ScheduleRule.evaluate(scheduled, T0.plus(HOUR).minusMillis(1))).isEmpty();
        Reaction promotion = ScheduleRule.evaluate(scheduled, T0.plus(HOUR)).orElseThrow();
        assertThat(promotion.to()).isEqualTo(ActivityStatus.QUEUED);
        assertThat(promotion.from()).isEqualTo(ActivityStatus.SCHEDULED);
        assertThat(promotion.expectedVersion()).isEqualTo(1);
    }

    @Test
    void clientActivitiesHaveTheSameDeadlineAndTimeoutBoundaries() {
        ActivityState queued = States.created(States.clientDefinition(null, T0.plus(HOUR), null, 60),
                ActivityStatus.QUEUED).get();
        ActivityState running = States.created(States.clientDefinition(null, null, null, 60), ActivityStatus.QUEUED)
                .to(ActivityStatus.IN_PROGRESS, T0).get();

        assertThat(DeadlineRule.evaluate(queued, T0.plus(HOUR).minusMillis(1))).isEmpty();
        assertThat(DeadlineRule.evaluate(queued, T0.plus(HOUR)).orElseThrow().claimFirst()).isTrue();
        assertThat(DeliveryRule.isDue(queued, T0.plus(HOUR).minusMillis(1))).isTrue();
        assertThat(DeliveryRule.isDue(queued, T0.plus(HOUR))).as("due and missed never overlap").isFalse();
        assertThat(TimeoutRule.evaluate(running, T0.plusSeconds(59))).isEmpty();
        assertThat(TimeoutRule.evaluate(running, T0.plusSeconds(60)).orElseThrow().to())
                .isEqualTo(ActivityStatus.FAILED);
    }

    @Test
    void aBlockedClientActivityIsNeverClaimedForItsDeadline() {
        ActivityState blocked = States.created(States.clientDefinition(null, T0, null, null), ActivityStatus.BLOCKED)
                .get();

        assertThat(RuleStatuses.startable(blocked.kind())).doesNotContain(ActivityStatus.BLOCKED);
        assertThat(DeadlineRule.evaluate(blocked, T0.plus(HOUR))).isEmpty();
    }

    @Test
    void clientScheduledActivitiesAreNotPromoted() {
        ActivityState client = States.client(ActivityStatus.SCHEDULED).get();

        assertThat(ScheduleRule.evaluate(client, T0.plus(HOUR))).isEmpty();
    }

    @Test
    void missedDeliveryDeadlineFailsThroughAClaim() {
        ActivityState queued = States.created(States.server(null, T0.plus(HOUR), null, null), ActivityStatus.QUEUED)
                .get();

        assertThat(DeadlineRule.evaluate(queued, T0.plus(HOUR).minusMillis(1))).isEmpty();
        Reaction failure = DeadlineRule.evaluate(queued, T0.plus(HOUR)).orElseThrow();
        assertThat(failure.claimFirst()).isTrue();
        assertThat(failure.to()).isEqualTo(ActivityStatus.FAILED);
        assertThat(failure.error().code()).isEqualTo(ErrorCodes.DELIVERY_TIMED_OUT);
        assertThat(ClaimRule.claimable(queued, T0)).isTrue();
        assertThat(ClaimRule.claimable(queued, T0.plus(HOUR))).as("the deadline moment is already too late").isFalse();
    }

    @Test
    void blockedAndRunningActivitiesHaveNoDeliveryDeadline() {
        ActivityState blocked = States.created(States.server(null, T0, null, null), ActivityStatus.BLOCKED).get();
        ActivityState running = States.created(States.server(null, T0.plusSeconds(1), null, null),
                ActivityStatus.QUEUED).to(ActivityStatus.IN_PROGRESS, T0).get();

        assertThat(DeadlineRule.evaluate(blocked, T0.plus(HOUR))).isEmpty();
        assertThat(DeadlineRule.evaluate(running, T0.plus(HOUR))).isEmpty();
    }

    @Test
    void timeoutCountsFromTheClaim() {
        ActivityState running = States.created(States.server(null, null, null, 60), ActivityStatus.QUEUED)
                .to(ActivityStatus.IN_PROGRESS, T0.plusSeconds(10)).get();

        assertThat(TimeoutRule.evaluate(running, T0.plusSeconds(69))).isEmpty();
        Reaction timeout = TimeoutRule.evaluate(running, T0.plusSeconds(70)).orElseThrow();
        assertThat(timeout.to()).isEqualTo(ActivityStatus.FAILED);
        assertThat(timeout.expectedVersion()).isEqualTo(2);
        assertThat(timeout.error().code()).isEqualTo(ErrorCodes.TIMED_OUT);
    }

    @Test
    void noTimeoutWithoutALimitOrOnceFinal() {
        ActivityState unlimited = States.created(States.server(null, null, null, null), ActivityStatus.QUEUED)
                .to(ActivityStatus.IN_PROGRESS, T0).get();
        ActivityState finished = States.created(States.server(null, null, null, 1), ActivityStatus.QUEUED)
                .to(ActivityStatus.IN_PROGRESS, T0).to(ActivityStatus.SUCCEEDED, T0).get();

        assertThat(TimeoutRule.evaluate(unlimited, T0.plus(Duration.ofDays(400)))).isEmpty();
        assertThat(TimeoutRule.evaluate(finished, T0.plus(HOUR))).isEmpty();
    }
}
