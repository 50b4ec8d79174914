package io.activityplatform.events.event;

import java.util.UUID;

/**
 * What a WAITING activity waits for (seed 000: "until another activity completes or reaches a progress
 * threshold").
 *
 * @param progressAtLeast percent threshold, only for {@link Until#PROGRESS}
 */
public record WaitCondition(UUID activityId, Until until, Integer progressAtLeast) {

    /** A condition written without {@code until} means SUCCEEDED, for every reader of the log alike. */
    public WaitCondition {
        until = until == null ? Until.SUCCEEDED : until;
    }

    public enum Until {
        /** Released when the awaited activity SUCCEEDED; FAILED or CANCELED can never satisfy it. */
        SUCCEEDED,
        /** Released when the awaited activity reaches any final status. */
        FINISHED,
        /** Released when the awaited activity reports at least {@code progressAtLeast} percent, or SUCCEEDED. */
        PROGRESS
    }
}
