package io.activityplatform.api.rest.dto;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /activities}. The initial status follows from the request: {@code requireApproval} → BLOCKED,
 * else {@code waitFor} → WAITING, else {@code deliverAfter} in the future → SCHEDULED, else QUEUED.
 */
@Schema(name = "CreateActivityRequest")
public record CreateActivityRequest(
        @Schema(description = "Client-chosen activity id (or parent id with computerIds); a retried POST with "
                + "the same id returns the same activity. Alternative to the Idempotency-Key header.")
        UUID id,
        @Schema(required = true, description = "Activity type wire name", examples = "ExecuteScriptRequest")
        String type,
        @Schema(description = "Target computer of a client activity (or use computerIds)") String computerId,
        @Schema(description = "Several target computers: one activity per computer, sharing a parentId")
        List<String> computerIds,
        @Schema(description = "Short human description; searchable with q. Defaults to the type's description")
        String summary,
        @Schema(description = "Type-specific parameters, validated against the type's schema")
        Map<String, Object> parameters,
        @Schema(description = "Not delivered before this instant; in the future makes it SCHEDULED")
        Instant deliverAfter,
        @Schema(description = "Delivery deadline: not started by then, it fails with DELIVERY_TIMED_OUT. "
                + "Must be in the future") Instant deliverBefore,
        @Schema(description = "Spread the delivery of a large batch over this many seconds", minimum = "1",
                maximum = "604800") Integer deliverDelayWindowSeconds,
        @Schema(description = "Wait for another activity first (WAITING until released)") WaitForRequest waitFor,
        @Schema(description = "Create BLOCKED until an operator approves it") Boolean requireApproval,
        @Schema(description = "Automatic retry attempts after FAILED") RetryRequest retry,
        @Schema(description = "Execution time limit once IN_PROGRESS, in seconds", minimum = "1")
        Integer timeoutSeconds,
        @Schema(description = "The account (tenant) that will own the activity, one of those the caller's token "
                + "names. A client activity belongs to its computer's account (given, it must match); a server "
                + "activity needs it unless the token names exactly one account, which is then the default")
        String accountId) {
}
