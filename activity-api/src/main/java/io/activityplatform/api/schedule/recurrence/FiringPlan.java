package io.activityplatform.api.schedule.recurrence;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * What one evaluation of a schedule at {@code now} does: fire {@code due}, count {@code missed}, and remember
 * that everything up to {@code now} has been decided.
 *
 * <p>Missed firings (the service was down, or the schedule's replica was stuck) are fired only while they are
 * at most {@code grace} old; older ones are skipped and counted. A maintenance job should not run twenty
 * times in a row after a weekend outage, yet a short restart or a slow tick must not lose a firing.
 *
 * @param missed     fire instants skipped because they were older than the grace window
 * @param lastMissed the latest of those, or null
 */
public record FiringPlan(List<Instant> due, int missed, Instant lastMissed, Instant evaluatedUntil) {

    /**
     * @param since the instant up to which the schedule was already evaluated (exclusive)
     * @param now   the current time of the injected clock
     */
    public static FiringPlan plan(Recurrence recurrence, Instant since, Instant now, Duration grace,
            Predicate<LocalDate> skip) {
        if (!now.isAfter(since)) {
            return new FiringPlan(List.of(), 0, null, since);
        }
        Instant cutoff = now.minus(grace);
        if (!cutoff.isAfter(since)) {
            return new FiringPlan(recurrence.fireTimes(since, now, skip), 0, null, now);
        }
        List<Instant> missed = recurrence.fireTimes(since, cutoff, skip);
        Instant lastMissed = missed.isEmpty() ? null : missed.get(missed.size() - 1);
        return new FiringPlan(recurrence.fireTimes(cutoff, now, skip), missed.size(), lastMissed, now);
    }
}
