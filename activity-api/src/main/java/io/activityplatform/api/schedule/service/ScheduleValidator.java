package io.activityplatform.api.schedule.service;

import io.activityplatform.api.calendar.service.CalendarValidator;
import io.activityplatform.api.schedule.model.ScheduleDefinition;
import io.activityplatform.api.schedule.recurrence.DayOfWeekMask;
import io.activityplatform.service.rest.Problem.FieldError;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks everything about a schedule that needs no database (the calendar's existence is checked by the
 * service). Pure; returns every problem, each naming its field ({@code timezone}, {@code triggerTimes[1]}...).
 */
public final class ScheduleValidator {

    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 1000;
    static final int MAX_TRIGGER_TIMES = 48;
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    private ScheduleValidator() {
    }

    public static List<FieldError> validate(ScheduleDefinition s) {
        List<FieldError> errors = new ArrayList<>();
        if (s.name() == null || s.name().isBlank() || s.name().length() > MAX_NAME) {
            errors.add(new FieldError("name", "required, at most " + MAX_NAME + " characters"));
        }
        if (s.description() != null && s.description().length() > MAX_DESCRIPTION) {
            errors.add(new FieldError("description", "at most " + MAX_DESCRIPTION + " characters"));
        }
        String mask = DayOfWeekMask.problemWith(s.dayOfWeek());
        if (mask != null) {
            errors.add(new FieldError("dayOfWeek", mask));
        }
        triggerTimes(s.triggerTimes(), errors);
        if (!isIanaZone(s.timezone())) {
            errors.add(new FieldError("timezone", "not an IANA time zone, e.g. Europe/Berlin or US/Eastern: "
                    + s.timezone()));
        }
        if (s.calendar() != null && !CalendarValidator.NAME.matcher(s.calendar()).matches()) {
            errors.add(new FieldError("calendar", "not a calendar name: " + s.calendar()));
        }
        TemplateValidator.validate(s.template(), errors);
        return errors;
    }

    private static void triggerTimes(List<String> times, List<FieldError> errors) {
        if (times == null || times.isEmpty()) {
            errors.add(new FieldError("triggerTimes", "at least one time of day, e.g. [\"08:30\"]"));
            return;
        }
        if (times.size() > MAX_TRIGGER_TIMES) {
            errors.add(new FieldError("triggerTimes", "at most " + MAX_TRIGGER_TIMES + " times"));
        }
        Set<LocalTime> seen = new HashSet<>();
        for (int i = 0; i < times.size(); i++) {
            String time = times.get(i);
            if (time == null || !TIME.matcher(time).matches()) {
                errors.add(new FieldError("triggerTimes[" + i + "]", "not a time of day HH:mm (00:00 to 23:59): "
                        + time));
            } else if (!seen.add(LocalTime.parse(time))) {
                errors.add(new FieldError("triggerTimes[" + i + "]", "duplicate time " + time));
            }
        }
    }

    /** Region ids of the tz database only: fixed offsets like "+02:00" have no daylight saving to follow. */
    private static boolean isIanaZone(String zone) {
        return zone != null && ZoneId.getAvailableZoneIds().contains(zone);
    }
}
