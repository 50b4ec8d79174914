package io.activityplatform.jobs.rules;

import io.activityplatform.events.event.ActivityError;
import io.activityplatform.events.event.ErrorCodes;
import io.activityplatform.events.event.WaitCondition;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.status.ActivityStatus;
import java.util.Optional;

/**
 * Releases a WAITING server activity (→ QUEUED) once the awaited activity satisfies its condition, and
 * cancels it with {@code DEPENDENCY_FAILED} once the awaited activity has ended without satisfying it.
 * The awaited activity may be of either kind. While it is unknown (not yet created) nothing happens:
 * {@code deliverBefore} is the way to bound such a wait.
 */
public final class DependencyRule {

    private DependencyRule() {
    }

    /**
     * @param dependency the awaited activity's state, or null when the view does not know it
     */
    public static Optional<Reaction> evaluate(ActivityState waiting, ActivityState dependency) {
        if (waiting.kind() != ActivityKind.SERVER || waiting.status() != ActivityStatus.WAITING) {
            return Optional.empty();
        }
        WaitCondition condition = waiting.definition().waitFor();
        if (condition == null) {
            return Optional.of(release(waiting, "nothing to wait for"));
        }
        if (dependency == null) {
            return Optional.empty();
        }
        if (satisfied(condition, dependency)) {
            return Optional.of(release(waiting, "awaited activity " + dependency.id() + " is "
                    + describe(dependency)));
        }
        if (dependency.isFinal()) {
            String message = "awaited activity " + dependency.id() + " ended " + dependency.status()
                    + " without reaching " + expectation(condition);
            return Optional.of(Reaction.of(waiting, ActivityStatus.CANCELED, message,
                    new ActivityError(ErrorCodes.DEPENDENCY_FAILED, message)));
        }
        return Optional.empty();
    }

    static boolean satisfied(WaitCondition condition, ActivityState dependency) {
        return switch (condition.until()) {
            case SUCCEEDED -> dependency.status() == ActivityStatus.SUCCEEDED;
            case FINISHED -> dependency.isFinal();
            // Progress only grows in the fold, so a threshold once reached stays reached, even after a failure.
            case PROGRESS -> dependency.status() == ActivityStatus.SUCCEEDED
                    || (dependency.progressPercent() != null && dependency.progressPercent() >= threshold(condition));
        };
    }

    private static int threshold(WaitCondition condition) {
        return condition.progressAtLeast() == null ? 100 : condition.progressAtLeast();
    }

    private static Reaction release(ActivityState waiting, String reason) {
        return Reaction.of(waiting, ActivityStatus.QUEUED, reason, null);
    }

    private static String describe(ActivityState dependency) {
        return dependency.progressPercent() == null ? dependency.status().name()
                : dependency.status() + " at " + dependency.progressPercent() + "%";
    }

    private static String expectation(WaitCondition condition) {
        return condition.until() == WaitCondition.Until.PROGRESS ? threshold(condition) + "% progress"
                : condition.until().name();
    }
}
