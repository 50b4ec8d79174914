package io.activityplatform.api.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The data of one Server-Sent Event: an applied event of an activity, after this service's view applied it.
 * The SSE {@code event} field is {@code eventType}; the SSE {@code id} is {@code partition-offset}.
 */
@Schema(name = "ActivityStreamEvent")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActivityStreamEvent(
        UUID activityId,
        UUID eventId,
        @Schema(examples = "activity.status-changed") String eventType,
        Instant occurredAt,
        Actor actor,
        String source,
        @Schema(description = "Status before the event; absent for a creation") ActivityStatus statusBefore,
        ActivityStatus status,
        int statusVersion,
        String type,
        ActivityKind kind,
        String computerId,
        UUID parentId,
        String reason,
        @Schema(description = "Percent reported by a progress event") Integer progressPercent,
        int partition,
        long offset) {

    /** The SSE id: where the event sits in the log, usable as Last-Event-ID. */
    public String sseId() {
        return partition + "-" + offset;
    }
}
