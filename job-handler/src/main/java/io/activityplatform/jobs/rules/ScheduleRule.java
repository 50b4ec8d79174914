package io.activityplatform.jobs.rules;

import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.Optional;

/** A SCHEDULED server activity whose {@code deliverAfter} has come goes into the queue (SCHEDULED → QUEUED). */
public final class ScheduleRule {

    private ScheduleRule() {
    }

    public static Optional<Reaction> evaluate(ActivityState state, Instant now) {
        if (state.kind() != ActivityKind.SERVER || state.status() != ActivityStatus.SCHEDULED) {
            return Optional.empty();
        }
        Instant after = state.definition().deliverAfter();
        if (after != null && now.isBefore(after)) {
            return Optional.empty();
        }
        String reason = after == null ? "scheduled without a time: due at once" : "deliverAfter " + after + " reached";
        return Optional.of(Reaction.of(state, ActivityStatus.QUEUED, reason, null));
    }
}
