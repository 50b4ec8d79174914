package io.activityplatform.events.rules;

import io.activityplatform.events.event.ActivityError;
import io.activityplatform.events.event.ErrorCodes;
import io.activityplatform.events.event.WaitCondition;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import java.util.Optional;

/**
 * Releases a WAITING activity of either kind (→ QUEUED) once the awaited activity satisfies its condition,
 * and cancels it with {@code DEPENDENCY_FAILED} once the awaited activity has ended without satisfying it.
 * The awaited activity may be of either kind. While it is unknown (not yet created) nothing happens:
 * {@code deliverBefore} is the way to bound such a wait. A wait for nothing (no condition, or no awaited id)
 * is released at once; a condition without {@code until} means {@link WaitCondition.Until#SUCCEEDED}
 * (normalized by {@link WaitCondition} itself, so every reader of the log sees the same condition).
 */
public final class DependencyRule {

    public static final String NAME = "dependency";

    public enum Verdict {
        /** The condition holds: the activity may run. */
        SATISFIED,
        /** The condition can never hold any more. */
        FAILED,
        /** Not decided yet. */
        PENDING
    }

    private DependencyRule() {
    }

    /**
     * @param dependency the awaited activity's state, or null when the view does not know it
     */
    public static Optional<Reaction> evaluate(ActivityState waiting, ActivityState dependency) {
        if (waiting.status() != ActivityStatus.WAITING) {
            return Optional.empty();
        }
        WaitCondition condition = waiting.definition().waitFor();
        return switch (verdict(condition, dependency)) {
            case SATISFIED -> Optional.of(Reaction.of(NAME, waiting, ActivityStatus.QUEUED,
                    dependency == null || waitsForNothing(condition) ? "nothing to wait for"
                            : "awaited activity " + dependency.id() + " is " + describe(dependency) + ": satisfied",
                    null));
            case FAILED -> {
                String message = "awaited activity " + dependency.id() + " ended " + dependency.status()
                        + " without reaching " + expectation(condition);
                yield Optional.of(Reaction.of(NAME, waiting, ActivityStatus.CANCELED, message,
                        new ActivityError(ErrorCodes.DEPENDENCY_FAILED, message)));
            }
            case PENDING -> Optional.empty();
        };
    }

    /** Whether the condition holds, can no longer hold, or is undecided, given the awaited activity's state. */
    public static Verdict verdict(WaitCondition condition, ActivityState dependency) {
        if (waitsForNothing(condition)) {
            return Verdict.SATISFIED;
        }
        if (dependency == null) {
            return Verdict.PENDING;
        }
        if (satisfied(condition, dependency)) {
            return Verdict.SATISFIED;
        }
        return dependency.isFinal() ? Verdict.FAILED : Verdict.PENDING;
    }

    static boolean waitsForNothing(WaitCondition condition) {
        return condition == null || condition.activityId() == null;
    }

    static boolean satisfied(WaitCondition condition, ActivityState dependency) {
        return switch (until(condition)) {
            case SUCCEEDED -> dependency.status() == ActivityStatus.SUCCEEDED;
            case FINISHED -> dependency.isFinal();
            // Progress only grows in the fold, so a threshold once reached stays reached, even after a failure.
            case PROGRESS -> dependency.status() == ActivityStatus.SUCCEEDED
                    || (dependency.progressPercent() != null && dependency.progressPercent() >= threshold(condition));
        };
    }

    private static WaitCondition.Until until(WaitCondition condition) {
        return condition.until() == null ? WaitCondition.Until.SUCCEEDED : condition.until();
    }

    private static int threshold(WaitCondition condition) {
        return condition.progressAtLeast() == null ? 100 : condition.progressAtLeast();
    }

    private static String describe(ActivityState dependency) {
        return dependency.progressPercent() == null ? dependency.status().name()
                : dependency.status() + " at " + dependency.progressPercent() + "%";
    }

    private static String expectation(WaitCondition condition) {
        return until(condition) == WaitCondition.Until.PROGRESS ? threshold(condition) + "% progress"
                : until(condition).name();
    }
}
