package io.activityplatform.api.rest.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /activities/bulk/create}: many create requests, published as one batch of records. */
@Schema(name = "BatchCreateRequest")
public record BatchCreateRequest(
        @Schema(description = "Each item is what POST /activities takes (a server activity, one computer, or "
                + "computerIds); at most activity-api.max-bulk-items items and "
                + "activity-api.max-computers-per-request activities in all") List<CreateActivityRequest> activities) {
}
