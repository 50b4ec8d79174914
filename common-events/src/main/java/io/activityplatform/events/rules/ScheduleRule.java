package io.activityplatform.events.rules;

import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStateMachine;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * A SCHEDULED activity whose {@code deliverAfter} has come goes into the queue (SCHEDULED → QUEUED), where the
 * kind's table allows it (server activities). A client activity's table has no such move: it is delivered
 * straight from SCHEDULED once {@link DeliveryRule#isDue} says so.
 */
public final class ScheduleRule {

    public static final String NAME = "schedule";

    private ScheduleRule() {
    }

    public static Optional<Reaction> evaluate(ActivityState state, Instant now) {
        if (state.status() != ActivityStatus.SCHEDULED
                || !ActivityStateMachine.isAllowed(state.kind(), ActivityStatus.SCHEDULED, ActivityStatus.QUEUED)) {
            return Optional.empty();
        }
        Instant after = state.definition().deliverAfter();
        if (after != null && !Moments.reached(after, now)) {
            return Optional.empty();
        }
        String reason = after == null ? "scheduled without a time: due at once" : "deliverAfter " + after + " reached";
        return Optional.of(Reaction.of(NAME, state, ActivityStatus.QUEUED, reason, null));
    }
}
