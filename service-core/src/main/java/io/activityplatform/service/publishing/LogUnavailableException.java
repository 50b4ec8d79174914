package io.activityplatform.service.publishing;

import java.time.Duration;

/**
 * The log could not take an event within the publisher's bounds (broker down or restarting, send queue full).
 * Commands answer 503 with {@code Retry-After}; the event may or may not have been appended, so a retry must be
 * safe (conditional on the version seen, or with the same id).
 */
public class LogUnavailableException extends RuntimeException {

    private final Duration retryAfter;

    public LogUnavailableException(String message, Throwable cause, Duration retryAfter) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
