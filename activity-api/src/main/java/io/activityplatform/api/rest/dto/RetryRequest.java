package io.activityplatform.api.rest.dto;

import io.activityplatform.events.event.RetryPolicy;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Automatic retry attempts after FAILED (seed 002), with a backoff between attempts. */
@Schema(name = "Retry")
public record RetryRequest(
        @Schema(required = true, description = "Total attempts including the first", minimum = "1",
                maximum = "100") Integer maxAttempts,
        @Schema(description = "FIXED (default) or EXPONENTIAL") RetryPolicy.Backoff backoff,
        @Schema(description = "Delay before the second attempt, seconds (default 0)", minimum = "0")
        Integer initialDelaySeconds,
        @Schema(description = "Upper bound of the delay, seconds", minimum = "0") Integer maxDelaySeconds) {
}
