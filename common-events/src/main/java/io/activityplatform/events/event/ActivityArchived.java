package io.activityplatform.events.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.UUID;

/**
 * A finished activity was written to an archive. Views mark it archived instead of dropping it, so nothing
 * disappears silently.
 *
 * @param archive where it went, e.g. the archive file name
 */
public record ActivityArchived(
        UUID eventId, UUID activityId, Instant occurredAt, Actor actor, String source,
        String archive) implements ActivityEvent {

    public static final String TYPE = "activity.archived";

    @Override
    @JsonIgnore
    public String eventType() {
        return TYPE;
    }
}
