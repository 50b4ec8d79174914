package io.activityplatform.api.schedule.rest;

import io.activityplatform.api.schedule.model.ActivityTemplate;
import io.activityplatform.api.schedule.model.ScheduleDefinition;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /schedules} and {@code PUT /schedules/{id}}: the seed 002 recurrence plus a template. */
@Schema(name = "ScheduleRequest")
public record ScheduleRequest(
        @Schema(description = "Required, at most 200 characters", example = "nightly-cleanup") String name,
        @Schema(description = "At most 1000 characters") String description,
        @Schema(required = true) ActivityTemplate template,
        @Schema(description = "Seven characters 0/1, MONDAY FIRST (ISO-8601): 1111100 is Monday to Friday",
                example = "1111111", pattern = "[01]{7}") String dayOfWeek,
        @Schema(description = "Local times of day HH:mm in the time zone, 1 to 48 distinct. A time skipped by a "
                + "daylight-saving change fires shifted by the gap (02:30 becomes 03:30); a time that occurs twice "
                + "fires once, at the first occurrence", example = "[\"08:30\"]") List<String> triggerTimes,
        @Schema(description = "IANA time zone id", example = "US/Eastern") String timezone,
        @Schema(description = "Name of a holiday calendar whose dates (in this time zone) are skipped",
                example = "US_HOLIDAYS") String calendar,
        @Schema(description = "Fire or not; default true on create, unchanged on PUT when absent") Boolean active,
        @Schema(description = "On POST, the owning account among those the token names (its firings create "
                + "activities of that account); required unless the token names exactly one. Fixed afterwards: "
                + "ignored on PUT") String accountId) {

    public ScheduleDefinition toDefinition() {
        return new ScheduleDefinition(name, description, template, dayOfWeek, triggerTimes, timezone, calendar,
                active);
    }

    static ScheduleRequest empty() {
        return new ScheduleRequest(null, null, null, null, null, null, null, null, null);
    }
}
