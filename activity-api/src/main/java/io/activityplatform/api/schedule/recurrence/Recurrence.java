package io.activityplatform.api.schedule.recurrence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * When a schedule fires: on the days of {@link DayOfWeekMask}, at each trigger time, as wall-clock times in an
 * IANA zone. Pure (no clock, no I/O), so every replica computes the same instants and tests need no Quarkus.
 *
 * <p>Daylight-saving rules are those of {@link ZonedDateTime#of}: a trigger time that does not exist on a
 * spring-forward day (02:30 in Europe/Berlin on the last Sunday of March) fires at the same time shifted by the
 * length of the gap (03:30 local); a time that exists twice on a fall-back day (02:30 on the last Sunday of
 * October) fires once, at the earlier offset (summer time). Two trigger times that resolve to the same instant
 * fire once. A skipped date (a holiday) is judged by the trigger's local date in the schedule's zone.
 */
public record Recurrence(DayOfWeekMask days, List<LocalTime> triggerTimes, ZoneId zone) {

    /** How far {@link #next} looks ahead before concluding that the schedule never fires again. */
    static final int LOOKAHEAD_DAYS = 2 * 366;

    public Recurrence {
        if (triggerTimes.isEmpty()) {
            throw new IllegalArgumentException("at least one trigger time");
        }
        triggerTimes = List.copyOf(new TreeSet<>(triggerTimes));
    }

    /** Every fire instant in {@code (fromExclusive, toInclusive]}, ascending, skipping dates {@code skip} holds. */
    public List<Instant> fireTimes(Instant fromExclusive, Instant toInclusive, Predicate<LocalDate> skip) {
        if (!toInclusive.isAfter(fromExclusive)) {
            return List.of();
        }
        // One day of margin on each side: a trigger of date D can resolve to an instant whose local date is D+1
        // (a gap at midnight), and the zone's dates differ from UTC's.
        LocalDate first = fromExclusive.atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = toInclusive.atZone(zone).toLocalDate().plusDays(1);
        TreeSet<Instant> instants = new TreeSet<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            for (Instant at : onDate(date, skip)) {
                if (at.isAfter(fromExclusive) && !at.isAfter(toInclusive)) {
                    instants.add(at);
                }
            }
        }
        return List.copyOf(instants);
    }

    /** The first fire instant after {@code after}, or empty if none within about two years. */
    public Optional<Instant> next(Instant after, Predicate<LocalDate> skip) {
        LocalDate date = after.atZone(zone).toLocalDate().minusDays(1);
        for (int i = 0; i <= LOOKAHEAD_DAYS; i++, date = date.plusDays(1)) {
            Optional<Instant> found = onDate(date, skip).stream().filter(at -> at.isAfter(after)).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The instants of one local date, ascending; none if the day is masked out or skipped. */
    List<Instant> onDate(LocalDate date, Predicate<LocalDate> skip) {
        if (!days.includes(date.getDayOfWeek()) || skip.test(date)) {
            return List.of();
        }
        List<Instant> instants = new ArrayList<>(triggerTimes.size());
        for (LocalTime time : triggerTimes) {
            instants.add(ZonedDateTime.of(date, time, zone).toInstant());
        }
        instants.sort(null);
        return instants;
    }
}
