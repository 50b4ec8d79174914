package io.activityplatform.api.service;

import static io.activityplatform.api.support.States.change;
import static io.activityplatform.api.support.States.script;
import static io.activityplatform.api.support.States.state;
import static io.activityplatform.api.support.States.then;
import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.api.model.Command;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.WaitCondition;
import io.activityplatform.events.fold.ActivityFold;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStateMachine;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CommandPlannerTest {

    private static final Instant NOW = Instant.parse("2026-03-02T00:00:00Z");

    @ParameterizedTest
    @EnumSource(ActivityStatus.class)
    void cancelIsSentExactlyWhenTheStateMachineAllowsIt(ActivityStatus status) {
        ActivityState state = in(status);

        var decision = decide(Command.CANCEL, state, null);

        boolean allowed = ActivityStateMachine.isAllowed(state.kind(), state.status(), ActivityStatus.CANCELED);
        assertThat(decision.refused()).isEqualTo(!allowed);
        if (!allowed) {
            assertThat(decision.refusal().status()).isEqualTo(409);
            assertThat(decision.refusal().properties()).containsEntry("currentStatus", status)
                    .containsEntry("allowedTransitions", ActivityStateMachine.allowedTargets(state.kind(), status));
        }
    }

    @ParameterizedTest
    @EnumSource(ActivityStatus.class)
    void approveOnlyReleasesBlockedAndHoldOnlyParksQueued(ActivityStatus status) {
        ActivityState state = in(status);

        assertThat(decide(Command.APPROVE, state, null).refused()).isEqualTo(status != ActivityStatus.BLOCKED);
        assertThat(decide(Command.HOLD, state, null).refused()).isEqualTo(status != ActivityStatus.QUEUED);
    }

    @Test
    void approveGoesToWaitingWhenTheActivityHasADependency() {
        ActivityState plain = state(ActivityStatus.BLOCKED);
        ActivityState dependent = state(script("c1", new WaitCondition(UUID.randomUUID(),
                WaitCondition.Until.SUCCEEDED, null)), ActivityStatus.BLOCKED);

        assertThat(decide(Command.APPROVE, plain, null).event().to()).isEqualTo(ActivityStatus.QUEUED);
        assertThat(decide(Command.APPROVE, dependent, null).event().to()).isEqualTo(ActivityStatus.WAITING);
    }

    @Test
    void theEventIsConditionalOnTheVersionJudgedEvenWithoutIfMatch() {
        ActivityState state = in(ActivityStatus.IN_PROGRESS);

        var event = decide(Command.CANCEL, state, null).event();

        assertThat(event.expectedVersion()).isEqualTo(state.statusVersion());
        assertThat(event.from()).isEqualTo(ActivityStatus.IN_PROGRESS);
        assertThat(event.actor()).isEqualTo(Actor.user("ops"));
        assertThat(event.occurredAt()).isEqualTo(NOW);
        assertThat(event.reason()).isEqualTo("canceled by ops");
        assertThat(ActivityFold.apply(state, event).applied()).isTrue();
    }

    @Test
    void aStaleIfMatchIs412AndACurrentOneProceeds() {
        ActivityState state = in(ActivityStatus.IN_PROGRESS);

        var stale = decide(Command.CANCEL, state, 1);
        assertThat(stale.refusal().status()).isEqualTo(412);
        assertThat(stale.refusal().properties()).containsEntry("statusVersion", 2);
        assertThat(decide(Command.CANCEL, state, 2).refused()).isFalse();
    }

    @Test
    void aStaleIfMatchOnAnActivityThatNoLongerAllowsTheCommandIs409NotA412() {
        // The caller saw it running (version 2) and clicked cancel; it has finished since (version 3).
        ActivityState finished = in(ActivityStatus.SUCCEEDED);

        var refusal = decide(Command.CANCEL, finished, finished.statusVersion() - 1).refusal();

        assertThat(refusal.status()).isEqualTo(409);
        assertThat(refusal.properties()).containsEntry("currentStatus", ActivityStatus.SUCCEEDED);
        assertThat((java.util.Collection<?>) refusal.properties().get("allowedTransitions")).isEmpty();
        assertThat(decide(Command.APPROVE, in(ActivityStatus.QUEUED), 1).refusal().status()).isEqualTo(409);
    }

    @ParameterizedTest
    @EnumSource(ActivityStatus.class)
    void allowsAgreesWithWhatDecideSends(ActivityStatus status) {
        ActivityState state = in(status);
        for (Command command : Command.values()) {
            assertThat(CommandPlanner.allows(command, state)).as("%s from %s", command, status)
                    .isEqualTo(!decide(command, state, null).refused());
        }
    }

    @Test
    void aGivenReasonIsKept() {
        var event = CommandPlanner.decide(Command.HOLD, state(ActivityStatus.QUEUED), null, Actor.user("ops"),
                "activity-api", "  freeze  ", NOW).event();

        assertThat(event.reason()).isEqualTo("freeze");
    }

    private static CommandPlanner.Decision decide(Command command, ActivityState state, Integer ifMatch) {
        return CommandPlanner.decide(command, state, ifMatch, Actor.user("ops"), "activity-api", null, NOW);
    }

    /** A client activity brought to {@code status} through allowed transitions. */
    private static ActivityState in(ActivityStatus status) {
        if (status.isInitial()) {
            return state(status);
        }
        ActivityState base = state(ActivityStatus.QUEUED);
        ActivityState running = then(base, change(base, ActivityStatus.IN_PROGRESS, 1));
        return status == ActivityStatus.IN_PROGRESS ? running : then(running, change(running, status, 2));
    }
}
