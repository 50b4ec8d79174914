package io.activityplatform.api.schedule.model;

import java.time.LocalDate;
import java.util.Set;

/** A schedule with the dates of its calendar (empty without one), as the firing loop and reads need it. */
public record LoadedSchedule(Schedule schedule, Set<LocalDate> holidays) {

    public LoadedSchedule {
        holidays = Set.copyOf(holidays);
    }
}
