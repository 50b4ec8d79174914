package io.activityplatform.jobs.rules;

import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;

/** A QUEUED server activity is claimed for execution, unless its delivery deadline already passed. */
public final class ClaimRule {

    private ClaimRule() {
    }

    public static boolean claimable(ActivityState state, Instant now) {
        return state.kind() == ActivityKind.SERVER && state.status() == ActivityStatus.QUEUED
                && DeadlineRule.evaluate(state, now).isEmpty();
    }
}
