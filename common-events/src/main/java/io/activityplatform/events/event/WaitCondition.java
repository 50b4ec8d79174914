package io.activityplatform.events.event;

import java.util.UUID;

/**
 * What a WAITING activity waits for (seed 000: "until another activity completes or reaches a progress
 * threshold").
 *
 * @param progressAtLeast percent threshold, only for {@link Until#PROGRESS}
 */
public record WaitCondition(UUID activityId, Until until, Integer progressAtLeast) {

    public enum Until {
        /** Released when the awaited activity SUCCEEDED; FAILED or CANCELED can never satisfy it. */
        SUCCEEDED,
        /** Released when the awaited activity reaches any final status. */
        FINISHED,
        /** Released when the awaited activity reports at least {@code progressAtLeast} percent, or SUCCEEDED. */
        PROGRESS
    }
}
