package io.activityplatform.events.rules;

import io.activityplatform.events.event.ActivityError;
import io.activityplatform.events.event.ErrorCodes;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * An activity of either kind IN_PROGRESS for {@code timeoutSeconds} or longer fails with {@code TIMED_OUT}:
 * a server handler sees the failure in the view and is interrupted, an agent gets a cancel. Applies whoever
 * claimed it.
 */
public final class TimeoutRule {

    public static final String NAME = "timeout";

    private TimeoutRule() {
    }

    public static Optional<Reaction> evaluate(ActivityState state, Instant now) {
        if (!timedOut(state, now)) {
            return Optional.empty();
        }
        String message = "still running after the time limit of " + state.definition().timeoutSeconds() + " s";
        return Optional.of(Reaction.of(NAME, state, ActivityStatus.FAILED, message,
                new ActivityError(ErrorCodes.TIMED_OUT, message)));
    }

    public static boolean timedOut(ActivityState state, Instant now) {
        Integer timeout = state.definition().timeoutSeconds();
        Instant since = state.inProgressSince();
        return state.status() == ActivityStatus.IN_PROGRESS && timeout != null && since != null
                && Moments.reached(since.plusSeconds(timeout), now);
    }
}
