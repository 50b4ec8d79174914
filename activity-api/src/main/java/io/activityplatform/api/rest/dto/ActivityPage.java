package io.activityplatform.api.rest.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of {@code GET /activities}. */
@Schema(name = "ActivityPage")
public record ActivityPage(
        List<ActivityRepresentation> items,
        @Schema(description = "Opaque; pass as cursor (with the same filters) for the next page. Absent on the "
                + "last page") String nextCursor) {
}
