package io.activityplatform.api.rest.dto;

import io.activityplatform.events.status.ActivityStatus;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far a multi-computer request has got: its activities counted per status. */
@Schema(name = "StatusSummary")
public record StatusSummary(
        UUID parentId,
        int total,
        @Schema(description = "Count per status; every status is present, zero included")
        Map<ActivityStatus, Integer> byStatus,
        @Schema(description = "Activities in a final status") int finished) {
}
