package io.activityplatform.api.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event of an activity's log, applied or rejected by the fold: the audit trail. */
@Schema(name = "HistoryEntry")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryEntry(
        UUID eventId,
        @Schema(examples = "activity.status-changed") String eventType,
        Instant occurredAt,
        Actor actor,
        @Schema(description = "The producing service") String source,
        boolean applied,
        @Schema(description = "Why the fold rejected it, e.g. VERSION_CONFLICT") String rejection,
        String rejectionDetail,
        ActivityStatus statusBefore,
        ActivityStatus statusAfter,
        Integer statusVersion,
        @Schema(description = "Event facts: from, to, expectedVersion, reason, result, error, percent, ...")
        Map<String, Object> details,
        @Schema(description = "Kafka partition of activity-events") int partition,
        @Schema(description = "Offset in that partition") long offset) {
}
