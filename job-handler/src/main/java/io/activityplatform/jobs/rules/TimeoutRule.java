package io.activityplatform.jobs.rules;

import io.activityplatform.events.event.ActivityError;
import io.activityplatform.events.event.ErrorCodes;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * A server activity IN_PROGRESS for {@code timeoutSeconds} or longer fails with {@code TIMED_OUT}; its
 * handler sees the failure in the view and is interrupted. Applies whoever claimed it.
 */
public final class TimeoutRule {

    private TimeoutRule() {
    }

    public static Optional<Reaction> evaluate(ActivityState state, Instant now) {
        if (!timedOut(state, now)) {
            return Optional.empty();
        }
        String message = "still running after the time limit of " + state.definition().timeoutSeconds() + " s";
        return Optional.of(Reaction.of(state, ActivityStatus.FAILED, message,
                new ActivityError(ErrorCodes.TIMED_OUT, message)));
    }

    public static boolean timedOut(ActivityState state, Instant now) {
        Integer timeout = state.definition().timeoutSeconds();
        Instant since = state.inProgressSince();
        return state.kind() == ActivityKind.SERVER && state.status() == ActivityStatus.IN_PROGRESS
                && timeout != null && since != null && !now.isBefore(since.plusSeconds(timeout));
    }
}
