package io.activityplatform.api.schedule.rest;

import io.activityplatform.api.schedule.model.ActivityTemplate;
import io.activityplatform.api.schedule.model.LoadedSchedule;
import io.activityplatform.api.schedule.model.Schedule;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A schedule as the API shows it, with its next fire time and what it has done so far. */
@Schema(name = "Schedule")
public record ScheduleResponse(
        UUID id,
        String name,
        String description,
        ActivityTemplate template,
        @Schema(description = "Monday first", example = "1111111") String dayOfWeek,
        @Schema(example = "[\"08:30\"]") List<String> triggerTimes,
        @Schema(example = "US/Eastern") String timezone,
        @Schema(example = "US_HOLIDAYS") String calendar,
        boolean active,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "The next fire instant (calendar applied); absent when inactive") Instant nextFireAt,
        @Schema(description = "Fire times up to here are decided: fired, skipped as holidays or missed")
        Instant evaluatedUntil,
        Instant lastFiredAt,
        @Schema(description = "Fire times that created activities") long firedCount,
        @Schema(description = "Fire times skipped because they were older than the misfire grace (downtime)")
        long missedCount,
        Instant lastMissedAt,
        @Schema(description = "1 at creation, +1 per configuration change; also the ETag, for If-Match on PUT")
        int version,
        @Schema(description = "The owning account (tenant)") String accountId) {

    /** The next fire time counts from the last evaluation, so a firing the loop has not reached yet shows. */
    static ScheduleResponse of(LoadedSchedule loaded) {
        Schedule s = loaded.schedule();
        Instant next = s.active() ? s.recurrence().next(s.evaluatedUntil(), loaded.holidays()::contains).orElse(null)
                : null;
        return new ScheduleResponse(s.id(), s.name(), s.description(), s.template(), s.dayOfWeek(), s.triggerTimes(),
                s.timezone(), s.calendar(), s.active(), s.createdAt(), s.updatedAt(), next, s.evaluatedUntil(),
                s.lastFiredAt(), s.firedCount(), s.missedCount(), s.lastMissedAt(), s.version(),
                s.accountId());
    }
}
