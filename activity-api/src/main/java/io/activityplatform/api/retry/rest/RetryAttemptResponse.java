package io.activityplatform.api.retry.rest;

import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One attempt of a retry chain; the full activity is at {@code GET /activities/{id}}. */
@Schema(name = "RetryAttempt")
public record RetryAttemptResponse(
        UUID id,
        @Schema(description = "The chain's first attempt; absent on the first attempt itself") UUID retryOf,
        @Schema(description = "1 for the original, n for the n-th attempt", example = "2") int attempt,
        @Schema(example = "ExecuteScriptRequest") String type,
        String computerId,
        @Schema(description = "Absent when the attempt is not visible yet (202)") ActivityStatus status,
        Integer statusVersion,
        @Schema(description = "Automatic attempts: failure time plus backoff") Instant deliverAfter,
        Instant createdAt,
        @Schema(example = "user:alice") String createdBy) {

    static RetryAttemptResponse of(ActivityState s) {
        ActivityDefinition d = s.definition();
        return new RetryAttemptResponse(s.id(), d.retryOf(), d.attempt(), d.type(), d.computerId(), s.status(),
                s.statusVersion(), d.deliverAfter(), s.createdAt(), s.createdBy().toString());
    }

    /** Before the projection has applied the create: what was asked for, without a status. */
    static RetryAttemptResponse pending(ActivityCreated c) {
        ActivityDefinition d = c.definition();
        return new RetryAttemptResponse(c.activityId(), d.retryOf(), d.attempt(), d.type(), d.computerId(), null,
                null, d.deliverAfter(), c.occurredAt(), c.actor().toString());
    }
}
