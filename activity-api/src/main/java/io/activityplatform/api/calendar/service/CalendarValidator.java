package io.activityplatform.api.calendar.service;

import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.rest.ProblemException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Checks a calendar's fields and reports every problem at once, each naming its field. Pure. */
public final class CalendarValidator {

    /** Seed 002 names calendars like {@code US_HOLIDAYS}; the name is also a URL path segment. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    static final int MAX_DATES = 1000;
    static final int MAX_DESCRIPTION = 1000;

    private CalendarValidator() {
    }

    /** A valid calendar's content: dates sorted and without duplicates. */
    public record ValidCalendar(String name, String description, List<LocalDate> dates) {
    }

    public static ValidCalendar validate(String name, String description, List<String> dates) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (name == null || !NAME.matcher(name).matches()) {
            errors.add(new Problem.FieldError("name", "1 to 64 characters: letters, digits, '_', '-', '.'"));
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            errors.add(new Problem.FieldError("description", "at most " + MAX_DESCRIPTION + " characters"));
        }
        TreeSet<LocalDate> parsed = new TreeSet<>();
        List<String> given = dates == null ? List.of() : dates;
        if (given.size() > MAX_DATES) {
            errors.add(new Problem.FieldError("dates", "at most " + MAX_DATES + " dates"));
        }
        for (int i = 0; i < given.size(); i++) {
            try {
                parsed.add(LocalDate.parse(String.valueOf(given.get(i))));
            } catch (DateTimeParseException e) {
                errors.add(new Problem.FieldError("dates[" + i + "]", "not an ISO date (yyyy-MM-dd): " + given.get(i)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid(summary(errors), errors));
        }
        return new ValidCalendar(name, description, List.copyOf(parsed));
    }

    static String summary(List<Problem.FieldError> errors) {
        return String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
    }
}
