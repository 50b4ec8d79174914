package io.activityplatform.api.rest.dto;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a create with {@code computerIds}: one activity per computer, all sharing {@code parentId}. */
@Schema(name = "ActivityGroup")
public record ActivityGroupRepresentation(
        @Schema(description = "Shared by the activities; see GET /activities/{parentId}/summary") UUID parentId,
        List<ActivityRepresentation> activities) {
}
