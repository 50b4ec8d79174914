package io.activityplatform.events.rules;

import static io.activityplatform.events.rules.States.JOB_HANDLER;
import static io.activityplatform.events.rules.States.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.ErrorCodes;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.events.rules.RecoveryRule.Action;
import io.activityplatform.events.rules.RecoveryRule.Heartbeat;
import io.activityplatform.events.rules.RecoveryRule.Recovery;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecoveryRuleTest {

    private static final Duration ORPHAN_AFTER = Duration.ofSeconds(30);
    private static final Instant NOW = T0.plus(Duration.ofMinutes(10));

    private static ActivityState claimedBy(Actor actor, Instant at) {
        return States.created(States.server(null, null, null, null), ActivityStatus.QUEUED)
                .to(ActivityStatus.IN_PROGRESS, at, actor).get();
    }

    private static Recovery evaluate(ActivityState state, Heartbeat heartbeat, boolean runningHere,
            boolean idempotent) {
        return RecoveryRule.evaluate(state, heartbeat, runningHere, idempotent, JOB_HANDLER, NOW, ORPHAN_AFTER);
    }

    @Test
    void aStaleExecutionOfANonIdempotentHandlerFailsInterrupted() {
        Recovery recovery = evaluate(claimedBy(JOB_HANDLER, T0), new Heartbeat("job-handler-dead", T0), false, false);

        assertThat(recovery.action()).isEqualTo(Action.FAIL);
        assertThat(recovery.failure().error().code()).isEqualTo(ErrorCodes.INTERRUPTED);
        assertThat(recovery.failure().error().message()).contains("job-handler-dead");
        assertThat(recovery.failure().expectedVersion()).isEqualTo(2);
    }

    @Test
    void aStaleExecutionOfAnIdempotentHandlerIsResumed() {
        assertThat(evaluate(claimedBy(JOB_HANDLER, T0), null, false, true).action()).isEqualTo(Action.RESUME);
    }

    @Test
    void aLiveExecutionIsLeftAlone() {
        ActivityState state = claimedBy(JOB_HANDLER, T0);

        assertThat(evaluate(state, new Heartbeat("other", NOW.minusSeconds(5)), false, false).action())
                .isEqualTo(Action.LEAVE);
        assertThat(evaluate(state, null, true, false).action()).isEqualTo(Action.LEAVE);
    }

    @Test
    void aFreshClaimGetsTimeToStartItsExecution() {
        assertThat(evaluate(claimedBy(JOB_HANDLER, NOW.minusSeconds(10)), null, false, false).action())
                .isEqualTo(Action.LEAVE);
    }

    @Test
    void claimsOfOthersAreNotOurs() {
        assertThat(evaluate(claimedBy(Actor.service("someone-else"), T0), null, false, false).action())
                .isEqualTo(Action.LEAVE);
    }

    @Test
    void aClaimMadeAfterTheDeliveryDeadlineEndsAsDeliveryTimedOut() {
        ActivityState state = States.created(States.server(null, T0.minusSeconds(1), null, null),
                ActivityStatus.QUEUED).to(ActivityStatus.IN_PROGRESS, T0, JOB_HANDLER).get();

        Recovery recovery = evaluate(state, null, false, true);

        assertThat(recovery.action()).isEqualTo(Action.FAIL);
        assertThat(recovery.failure().error().code()).isEqualTo(ErrorCodes.DELIVERY_TIMED_OUT);
    }

    @Test
    void aTimedOutOrphanIsLeftToTheTimeoutRule() {
        ActivityState state = States.created(States.server(null, null, null, 60), ActivityStatus.QUEUED)
                .to(ActivityStatus.IN_PROGRESS, T0, JOB_HANDLER).get();

        assertThat(evaluate(state, null, false, true).action()).isEqualTo(Action.LEAVE);
    }

    @Test
    void anUnfinishedDeadlineClaimOfAClientActivityIsFailedOnceStale() {
        Actor messages = Actor.service("message-system");
        ActivityState claimedToEnd = States.created(States.clientDefinition(null, T0, null, null),
                ActivityStatus.QUEUED).to(ActivityStatus.IN_PROGRESS, T0, messages).get();

        assertThat(RecoveryRule.unfinishedEnd(claimedToEnd, messages, T0.plus(ORPHAN_AFTER).minusMillis(1),
                ORPHAN_AFTER)).as("the claimer may still end it").isEmpty();
        Reaction end = RecoveryRule.unfinishedEnd(claimedToEnd, messages, T0.plus(ORPHAN_AFTER), ORPHAN_AFTER)
                .orElseThrow();
        assertThat(end.to()).isEqualTo(ActivityStatus.FAILED);
        assertThat(end.error().code()).isEqualTo(ErrorCodes.DELIVERY_TIMED_OUT);
        assertThat(RecoveryRule.unfinishedEnd(claimedToEnd, JOB_HANDLER, NOW, ORPHAN_AFTER))
                .as("only the claimer's own claims").isEmpty();
    }

    @Test
    void aClaimMadeBeforeTheDeadlineIsNoUnfinishedEnd() {
        Actor messages = Actor.service("message-system");
        ActivityState delivered = States.created(States.clientDefinition(null, T0.plusSeconds(1), null, null),
                ActivityStatus.QUEUED).to(ActivityStatus.IN_PROGRESS, T0, messages).get();

        assertThat(RecoveryRule.unfinishedEnd(delivered, messages, NOW, ORPHAN_AFTER)).isEmpty();
    }
}
