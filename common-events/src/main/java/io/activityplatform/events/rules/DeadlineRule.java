package io.activityplatform.events.rules;

import io.activityplatform.events.event.ActivityError;
import io.activityplatform.events.event.ErrorCodes;
import io.activityplatform.events.fold.ActivityState;
import java.time.Instant;
import java.util.Optional;

/**
 * An activity of either kind not started by its {@code deliverBefore} fails with {@code DELIVERY_TIMED_OUT}.
 * The tables only let IN_PROGRESS fail, so the reaction claims it first and fails it at once. Only statuses
 * that can be claimed ({@link RuleStatuses#startable}) are concerned: BLOCKED activities are left to their
 * approver (a claim of them would be rejected forever); approval makes them QUEUED, and then this rule applies.
 */
public final class DeadlineRule {

    public static final String NAME = "delivery-deadline";

    private DeadlineRule() {
    }

    public static Optional<Reaction> evaluate(ActivityState state, Instant now) {
        if (!missed(state, now)) {
            return Optional.empty();
        }
        String message = "not started before deliverBefore " + state.definition().deliverBefore();
        return Optional.of(Reaction.claimThenFail(NAME, state, message,
                new ActivityError(ErrorCodes.DELIVERY_TIMED_OUT, message)));
    }

    /** Startable, with a delivery deadline that has been reached. */
    public static boolean missed(ActivityState state, Instant now) {
        return RuleStatuses.startable(state.kind()).contains(state.status())
                && Moments.reached(state.definition().deliverBefore(), now);
    }
}
