package io.activityplatform.api.rest.dto;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A bulk cancel or approve: exactly one of {@code ids} and {@code filter}. */
@Schema(name = "BulkCommandRequest")
public record BulkCommandRequest(
        @Schema(description = "The activities, by id") List<UUID> ids,
        @Schema(description = "The activities, by criteria (at most activity-api.max-bulk-items, oldest first)")
        FilterParams filter,
        @Schema(description = "Only report what would change; publish nothing") Boolean dryRun,
        @Schema(description = "Recorded in each event and the history", maxLength = 500) String reason) {
}
