package io.activityplatform.api.schedule.model;

import io.activityplatform.api.schedule.recurrence.DayOfWeekMask;
import io.activityplatform.api.schedule.recurrence.Recurrence;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A stored recurring schedule (seed 002: day_of_week, trigger_times, timezone, calendar, active).
 *
 * @param evaluatedUntil every fire time up to here has been fired, skipped as a holiday or counted as missed
 * @param version 1 at creation, +1 per configuration write (not per firing); the ETag
 * @param accountId the owning account (tenant), fixed at creation; its firings create activities of this account
 */
public record Schedule(UUID id, String name, String description, ActivityTemplate template, String dayOfWeek,
        List<String> triggerTimes, String timezone, String calendar, boolean active, Instant createdAt,
        Instant updatedAt, Instant evaluatedUntil, Instant lastFiredAt, long firedCount, long missedCount,
        Instant lastMissedAt, int version, String accountId) {

    public Schedule {
        triggerTimes = List.copyOf(triggerTimes);
    }

    /** Only valid schedules are stored, so this never fails for a loaded one. */
    public Recurrence recurrence() {
        return new Recurrence(new DayOfWeekMask(dayOfWeek), triggerTimes.stream().map(LocalTime::parse).toList(),
                ZoneId.of(timezone));
    }
}
