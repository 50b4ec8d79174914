package io.activityplatform.api.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.activityplatform.events.status.ActivityStatus;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a batch create: one item per request item, in the same order. Compact on purpose (ids,
 * statuses, where to look): a batch of a thousand full representations would cost more to write than to create.
 */
@Schema(name = "BatchCreateResult")
public record BatchCreateResult(
        @Schema(description = "Items CREATED") int created,
        @Schema(description = "Items REPLAYED (a repeat of an earlier request: nothing new was published)")
        int replayed,
        @Schema(description = "Items PENDING (published, not yet visible within the read-your-writes bound)")
        int pending,
        List<Item> activities) {

    public enum Outcome {
        CREATED, REPLAYED, PENDING
    }

    @Schema(name = "BatchCreateItem")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            @Schema(description = "The activity's id, or for a computerIds item the parent id its activities share")
            UUID id,
            Outcome outcome,
            @Schema(description = "GET this: the activity, or a computerIds item's group summary") String location,
            @Schema(description = "The activity's status (absent for a computerIds item and when PENDING)")
            ActivityStatus status,
            Integer statusVersion) {
    }
}
