package io.activityplatform.events.rules;

import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;

/** A QUEUED server activity is claimed for execution, unless its delivery deadline is reached. */
public final class ClaimRule {

    private ClaimRule() {
    }

    public static boolean claimable(ActivityState state, Instant now) {
        return state.kind() == ActivityKind.SERVER && state.status() == ActivityStatus.QUEUED
                && !DeadlineRule.missed(state, now);
    }
}
