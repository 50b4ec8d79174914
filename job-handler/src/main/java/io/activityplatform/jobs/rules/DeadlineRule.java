package io.activityplatform.jobs.rules;

import io.activityplatform.events.event.ActivityError;
import io.activityplatform.events.event.ErrorCodes;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A server activity not started by its {@code deliverBefore} fails with {@code DELIVERY_TIMED_OUT}. The
 * transition table only lets IN_PROGRESS fail, so the reaction claims it first and fails it at once. BLOCKED
 * activities are left to their approver: approval makes them QUEUED, and then this rule applies.
 */
public final class DeadlineRule {

    private static final Set<ActivityStatus> NOT_STARTED =
            EnumSet.of(ActivityStatus.QUEUED, ActivityStatus.SCHEDULED, ActivityStatus.WAITING);

    private DeadlineRule() {
    }

    public static Optional<Reaction> evaluate(ActivityState state, Instant now) {
        if (state.kind() != ActivityKind.SERVER || !NOT_STARTED.contains(state.status())) {
            return Optional.empty();
        }
        Instant before = state.definition().deliverBefore();
        if (before == null || !now.isAfter(before)) {
            return Optional.empty();
        }
        String message = "not started before deliverBefore " + before;
        return Optional.of(Reaction.claimThenFail(state, message,
                new ActivityError(ErrorCodes.DELIVERY_TIMED_OUT, message)));
    }
}
