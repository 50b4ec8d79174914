package io.activityplatform.api.schedule.model;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One firing of a schedule.
 *
 * @param activityId the created activity, or the parent id of the per-computer activities
 */
@Schema(name = "Firing", description = "One firing of a schedule and the activity it created")
public record Firing(
        @Schema(description = "The fire instant the recurrence computed") Instant fireAt,
        @Schema(description = "The created activity's id, or the parent id when the template has several "
                + "computers") UUID activityId,
        @Schema(description = "When the firing was recorded (the service's clock)") Instant recordedAt) {
}
