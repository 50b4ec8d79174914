package io.activityplatform.messages.exchange;

import io.activityplatform.events.event.WaitCondition;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;

/** Whether a WAITING activity's condition (seed 000: completion or a progress threshold) is met. Pure. */
public final class DependencyCheck {

    public enum Verdict {
        /** The condition holds: the activity may run. */
        SATISFIED,
        /** The condition can never hold any more: the activity is canceled with DEPENDENCY_FAILED. */
        FAILED,
        /** Not yet decided. */
        PENDING
    }

    private DependencyCheck() {
    }

    /**
     * @param awaited the awaited activity's state, or null when this view does not know it (yet)
     */
    public static Verdict evaluate(WaitCondition condition, ActivityState awaited) {
        if (condition == null) {
            return Verdict.SATISFIED;
        }
        if (awaited == null) {
            return Verdict.PENDING;
        }
        ActivityStatus status = awaited.status();
        WaitCondition.Until until = condition.until() == null ? WaitCondition.Until.SUCCEEDED : condition.until();
        return switch (until) {
            case FINISHED -> status.isFinal() ? Verdict.SATISFIED : Verdict.PENDING;
            case SUCCEEDED -> status == ActivityStatus.SUCCEEDED ? Verdict.SATISFIED
                    : status.isFinal() ? Verdict.FAILED : Verdict.PENDING;
            case PROGRESS -> progressVerdict(condition, awaited);
        };
    }

    private static Verdict progressVerdict(WaitCondition condition, ActivityState awaited) {
        int threshold = condition.progressAtLeast() == null ? 100 : condition.progressAtLeast();
        Integer percent = awaited.progressPercent();
        if (awaited.status() == ActivityStatus.SUCCEEDED || (percent != null && percent >= threshold)) {
            return Verdict.SATISFIED;
        }
        return awaited.status().isFinal() ? Verdict.FAILED : Verdict.PENDING;
    }
}
