package io.activityplatform.api.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.activityplatform.events.event.ActivityError;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.RetryPolicy;
import io.activityplatform.events.event.WaitCondition;
import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One activity as this service's view holds it. {@code statusVersion} is also sent as the ETag. */
@Schema(name = "Activity")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActivityRepresentation(
        UUID id,
        String type,
        ActivityKind kind,
        ActivityStatus status,
        @Schema(description = "1 at creation, +1 per applied status change; use it in If-Match") int statusVersion,
        String computerId,
        UUID parentId,
        String summary,
        Map<String, Object> parameters,
        Instant createdAt,
        Actor createdBy,
        Instant updatedAt,
        @Schema(description = "Why the status last changed, in words") String statusReason,
        Actor statusChangedBy,
        Instant deliverAfter,
        Instant deliverBefore,
        Integer deliverDelayWindowSeconds,
        WaitCondition waitFor,
        RetryPolicy retry,
        Integer timeoutSeconds,
        @Schema(description = "1 for the original, n for the n-th retry attempt") int attempt,
        UUID retryOf,
        UUID scheduleId,
        Instant inProgressSince,
        Instant finishedAt,
        ResultRepresentation result,
        ActivityError error,
        @Schema(description = "A client activity canceled while running; its late result is still recorded")
        boolean canceledWhileRunning,
        boolean lateResult,
        boolean archived,
        OutputSummary output,
        @Schema(description = "Statuses the state machine allows next for this activity's kind")
        Set<ActivityStatus> allowedTransitions,
        @Schema(description = "Commands the current status allows: cancel, approve, hold, retry")
        List<String> allowedCommands,
        @Schema(description = "The account (tenant) owning the activity: its computer's, or the one its creator "
                + "chose for a server activity") String accountId) {

    /** Progress and collected output in brief; the text itself is at {@code href}. */
    @Schema(name = "OutputSummary")
    public record OutputSummary(Integer progressPercent, int chars, long sequence, boolean truncated, String href) {
    }

    /** The execution result; artifacts are listed with their download link, not inlined. */
    @Schema(name = "Result")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ResultRepresentation(Integer code, String text, List<ArtifactLink> artifacts) {
    }

    @Schema(name = "ArtifactLink")
    public record ArtifactLink(String name, String mediaType, int chars, String href) {
    }
}
