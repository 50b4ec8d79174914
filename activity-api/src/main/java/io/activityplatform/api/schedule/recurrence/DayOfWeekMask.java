package io.activityplatform.api.schedule.recurrence;

import java.time.DayOfWeek;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The seed-002 {@code day_of_week} mask: seven characters {@code 0}/{@code 1}, <b>Monday first</b> (ISO-8601
 * order, as {@link DayOfWeek#getValue()}), so {@code "1111100"} is Monday to Friday and {@code "0000011"} the
 * weekend. At least one day must be set, otherwise the schedule could never fire.
 */
public record DayOfWeekMask(String mask) {

    private static final Pattern FORMAT = Pattern.compile("[01]{7}");

    public DayOfWeekMask {
        Objects.requireNonNull(mask, "mask");
        String problem = problemWith(mask);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Why {@code mask} is not a valid mask, or null when it is. */
    public static String problemWith(String mask) {
        if (mask == null || !FORMAT.matcher(mask).matches()) {
            return "must be 7 characters 0 or 1, Monday first, e.g. 1111100 for Monday to Friday";
        }
        if (mask.indexOf('1') < 0) {
            return "at least one day must be 1";
        }
        return null;
    }

    public boolean includes(DayOfWeek day) {
        return mask.charAt(day.getValue() - 1) == '1';
    }
}
