package io.activityplatform.api.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.activityplatform.events.status.ActivityStatus;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Per-activity outcomes of a bulk command; one item failing never undoes the others. */
@Schema(name = "BulkResult")
public record BulkResult(
        boolean dryRun,
        @Schema(description = "The filter matched more than the limit; only the oldest were handled")
        boolean truncated,
        @Schema(description = "Items per outcome") java.util.Map<Outcome, Integer> counts,
        List<Item> items) {

    public enum Outcome {
        /** The change was applied. */
        CHANGED,
        /** dryRun: the change would be published. */
        WOULD_CHANGE,
        /** The state machine forbids it from the current status, or another change won the race. */
        CONFLICT,
        /** No such activity. */
        NOT_FOUND,
        /** Published, but not yet visible in the view within the read-your-writes bound. */
        PENDING
    }

    @Schema(name = "BulkItem")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(UUID id, Outcome outcome, ActivityStatus status, Integer statusVersion,
            @Schema(description = "The status it moved to, or would move to") ActivityStatus target,
            String detail) {
    }
}
