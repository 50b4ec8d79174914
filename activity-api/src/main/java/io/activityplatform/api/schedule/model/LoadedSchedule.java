package io.activityplatform.api.schedule.model;

import java.time.LocalDate;
import java.util.Set;

/** A schedule with the dates of its calendar (empty without one), as the firing loop and reads need it. */
public record LoadedSchedule(Schedule schedule, Set<LocalDate> holidays, Set<String> foreignComputers) {

    /**
     * @param foreignComputers template computers registered under another account than the schedule's: a firing
     *                         creates nothing for them (a tenant never acts on another's computer)
     */
    public LoadedSchedule {
        holidays = Set.copyOf(holidays);
        foreignComputers = Set.copyOf(foreignComputers);
    }

    public LoadedSchedule(Schedule schedule, Set<LocalDate> holidays) {
        this(schedule, holidays, Set.of());
    }
}
