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
 */
public record ProgressReported(
        UUID eventId, UUID activityId, Instant occurredAt, Actor actor, String source,
        Integer percent, String output, long sequence, boolean truncated) implements ActivityEvent {

    public static final String TYPE = "activity.progress-reported";

    @Override
    @JsonIgnore
    public String eventType() {
        return TYPE;
    }
}
