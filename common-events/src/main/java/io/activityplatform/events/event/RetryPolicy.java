package io.activityplatform.events.event;

import java.time.Duration;

/** Automatic retry attempts after FAILED (seed 002 retry_attempts), with a backoff between attempts. */
public record RetryPolicy(int maxAttempts, Backoff backoff, int initialDelaySeconds, Integer maxDelaySeconds) {

    public enum Backoff { FIXED, EXPONENTIAL }

    /** The delay before attempt {@code nextAttempt} (2 for the first retry), capped by maxDelaySeconds. */
    public Duration delayBefore(int nextAttempt) {
        long seconds = initialDelaySeconds;
        if (backoff == Backoff.EXPONENTIAL) {
            int doublings = Math.max(0, Math.min(nextAttempt - 2, 30));
            seconds = (long) initialDelaySeconds << doublings;
        }
        if (maxDelaySeconds != null) {
            seconds = Math.min(seconds, maxDelaySeconds);
        }
        return Duration.ofSeconds(Math.max(0, seconds));
    }
}
