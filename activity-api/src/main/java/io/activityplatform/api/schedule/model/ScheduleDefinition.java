package io.activityplatform.api.schedule.model;

import java.util.List;

/** The user-controlled part of a schedule, validated: what POST creates and PUT replaces. */
public record ScheduleDefinition(String name, String description, ActivityTemplate template, String dayOfWeek,
        List<String> triggerTimes, String timezone, String calendar, Boolean active) {
}
