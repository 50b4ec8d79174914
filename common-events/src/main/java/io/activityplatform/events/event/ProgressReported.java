package io.activityplatform.events.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.UUID;

/**
 * Progress of a running activity: a percent and/or a chunk of output. Never changes the status version.
 *
 * @param sequence  strictly increasing per activity (from 1); a chunk at or below the last applied one is a
 *                  redelivery and is rejected, so output is never duplicated
 * @param truncated the producer dropped output before this chunk (agent-side caps)
 * @param outputAltered true when the producer replaced illegal characters of the agent's output with U+FFFD
 *                  to make it legal text (docs/events.md, "Legal values"); absent otherwise
 */
public record ProgressReported(
        UUID eventId, UUID activityId, Instant occurredAt, Actor actor, String source,
        Integer percent, String output, long sequence, boolean truncated, Boolean outputAltered)
        implements ActivityEvent {

    public static final String TYPE = "activity.progress-reported";

    public ProgressReported {
        outputAltered = Boolean.TRUE.equals(outputAltered) ? Boolean.TRUE : null;
    }

    public ProgressReported(UUID eventId, UUID activityId, Instant occurredAt, Actor actor, String source,
            Integer percent, String output, long sequence, boolean truncated) {
        this(eventId, activityId, occurredAt, actor, source, percent, output, sequence, truncated, null);
    }

    @Override
    @JsonIgnore
    public String eventType() {
        return TYPE;
    }
}
