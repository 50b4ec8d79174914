package io.activityplatform.events.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * A request to move an activity to {@code to}. The fold applies it iff the kind's table allows it from the
 * current status and {@code expectedVersion} is absent or equals the current status version.
 *
 * @param from            the status the producer saw; informational (the fold checks the current status)
 * @param expectedVersion the status version the producer saw; makes the change conditional (claims, If-Match)
 * @param reason          why, in words: "canceled by operator", "claimed by job-handler-1", "deadline passed"
 * @param result          execution result, for SUCCEEDED/FAILED
 * @param error           error code and message, for FAILED or a system cancel
 */
public record StatusChanged(
        UUID eventId, UUID activityId, Instant occurredAt, Actor actor, String source,
        ActivityStatus from, ActivityStatus to, Integer expectedVersion, String reason,
        ActivityResult result, ActivityError error) implements ActivityEvent {

    public static final String TYPE = "activity.status-changed";

    @Override
    @JsonIgnore
    public String eventType() {
        return TYPE;
    }
}
