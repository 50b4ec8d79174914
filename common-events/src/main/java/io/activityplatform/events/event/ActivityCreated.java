package io.activityplatform.events.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.UUID;

/** An activity exists, in one of the initial statuses, with status version 1. */
public record ActivityCreated(
        UUID eventId, UUID activityId, Instant occurredAt, Actor actor, String source,
        ActivityDefinition definition, ActivityStatus initialStatus) implements ActivityEvent {

    public static final String TYPE = "activity.created";

    @Override
    @JsonIgnore
    public String eventType() {
        return TYPE;
    }
}
