package io.activityplatform.api.rest.dto;

import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Progress and the output collected so far (capped at 64 KiB per activity). */
@Schema(name = "Output")
public record OutputRepresentation(
        UUID activityId,
        ActivityStatus status,
        Integer progressPercent,
        @Schema(description = "Output from character 'from' on") String output,
        @Schema(description = "Where this output starts; pass 'next' as from to tail") int from,
        @Schema(description = "Length of the whole collected output") int next,
        @Schema(description = "Sequence number of the last applied chunk") long sequence,
        @Schema(description = "Output was dropped (over the cap, or by the agent)") boolean truncated,
        Instant updatedAt) {
}
