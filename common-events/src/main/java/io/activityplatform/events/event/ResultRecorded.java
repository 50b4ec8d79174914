package io.activityplatform.events.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * The client special case of seed 000: an activity canceled while IN_PROGRESS stays CANCELED, but the
 * agent's later result is still recorded on it. Changes neither status nor status version.
 *
 * @param reportedStatus what the agent reported, SUCCEEDED or FAILED
 */
public record ResultRecorded(
        UUID eventId, UUID activityId, Instant occurredAt, Actor actor, String source,
        ActivityStatus reportedStatus, ActivityResult result, ActivityError error) implements ActivityEvent {

    public static final String TYPE = "activity.result-recorded";

    @Override
    @JsonIgnore
    public String eventType() {
        return TYPE;
    }
}
