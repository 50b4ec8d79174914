package io.activityplatform.agent.run;

import java.time.Duration;

/** Exponential backoff after failed exchanges: 1 s, 2 s, 4 s … up to a ceiling, so a sick server is not hammered. */
public record Backoff(Duration initial, Duration max) {

    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));

    /** The wait after {@code failures} consecutive failures (1 for the first). */
    public Duration after(int failures) {
        int doublings = Math.max(0, Math.min(failures - 1, 30));
        long millis = initial.toMillis() << doublings;
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }
}
