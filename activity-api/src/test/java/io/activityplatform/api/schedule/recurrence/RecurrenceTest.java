package io.activityplatform.api.schedule.recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Predicate<LocalDate> NO_HOLIDAYS = date -> false;

    private static Recurrence daily(ZoneId zone, String... times) {
        return new Recurrence(new DayOfWeekMask("1111111"), List.of(times).stream().map(LocalTime::parse).toList(),
                zone);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @Test
    void firesAtTheWallClockTimeInTheZoneWithTheOffsetOfThatDay() {
        List<Instant> fires = daily(BERLIN, "08:30").fireTimes(at("2026-03-27T00:00:00Z"),
                at("2026-03-31T00:00:00Z"), NO_HOLIDAYS);

        assertThat(fires).containsExactly(
                at("2026-03-27T07:30:00Z"), at("2026-03-28T07:30:00Z"), // CET, UTC+1
                at("2026-03-29T06:30:00Z"), at("2026-03-30T06:30:00Z")); // CEST, UTC+2
    }

    @Test
    void aTimeInTheSpringForwardGapFiresShiftedByTheGapLength() {
        List<Instant> fires = daily(BERLIN, "02:30").fireTimes(at("2026-03-28T00:00:00Z"),
                at("2026-03-30T23:00:00Z"), NO_HOLIDAYS);

        // 28th 02:30 CET; 29th 02:30 does not exist -> 03:30 CEST (= 01:30Z); 30th 02:30 CEST.
        assertThat(fires).containsExactly(at("2026-03-28T01:30:00Z"), at("2026-03-29T01:30:00Z"),
                at("2026-03-30T00:30:00Z"));
        assertThat(fires.get(1).atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(3, 30));
    }

    @Test
    void aTimeThatExistsTwiceOnFallBackDayFiresOnceAtTheEarlierOffset() {
        List<Instant> fires = daily(BERLIN, "02:30").fireTimes(at("2026-10-24T00:00:00Z"),
                at("2026-10-26T23:00:00Z"), NO_HOLIDAYS);

        assertThat(fires).containsExactly(at("2026-10-24T00:30:00Z"), at("2026-10-25T00:30:00Z"),
                at("2026-10-26T01:30:00Z"));
        assertThat(fires.get(1).atZone(BERLIN).getOffset().getTotalSeconds()).isEqualTo(2 * 3600);
    }

    @Test
    void twoTriggerTimesResolvingToTheSameInstantFireOnce() {
        List<Instant> fires = daily(BERLIN, "02:30", "03:30").fireTimes(at("2026-03-28T22:00:00Z"),
                at("2026-03-29T12:00:00Z"), NO_HOLIDAYS);

        assertThat(fires).containsExactly(at("2026-03-29T01:30:00Z"));
    }

    @Test
    void theMaskIsMondayFirst() {
        Recurrence mondays = new Recurrence(new DayOfWeekMask("1000000"), List.of(LocalTime.NOON), ZoneId.of("UTC"));
        Recurrence weekend = new Recurrence(new DayOfWeekMask("0000011"), List.of(LocalTime.NOON), ZoneId.of("UTC"));

        List<Instant> monday = mondays.fireTimes(at("2026-06-01T00:00:00Z"), at("2026-06-30T00:00:00Z"), NO_HOLIDAYS);
        List<Instant> weekends = weekend.fireTimes(at("2026-06-01T00:00:00Z"), at("2026-06-08T00:00:00Z"),
                NO_HOLIDAYS);

        assertThat(monday).hasSize(5).allSatisfy(i -> assertThat(i.atZone(ZoneId.of("UTC")).getDayOfWeek())
                .isEqualTo(DayOfWeek.MONDAY));
        assertThat(weekends).containsExactly(at("2026-06-06T12:00:00Z"), at("2026-06-07T12:00:00Z"));
    }

    @Test
    void triggerTimesAreSortedAndDeduplicatedWithinADay() {
        Recurrence r = daily(ZoneId.of("UTC"), "18:00", "06:00", "18:00");

        assertThat(r.triggerTimes()).containsExactly(LocalTime.of(6, 0), LocalTime.of(18, 0));
        assertThat(r.fireTimes(at("2026-01-01T00:00:00Z"), at("2026-01-02T00:00:00Z"), NO_HOLIDAYS))
                .containsExactly(at("2026-01-01T06:00:00Z"), at("2026-01-01T18:00:00Z"));
    }

    @Test
    void theWindowExcludesItsStartAndIncludesItsEnd() {
        Recurrence r = daily(ZoneId.of("UTC"), "08:30");

        assertThat(r.fireTimes(at("2026-01-01T08:30:00Z"), at("2026-01-02T08:30:00Z"), NO_HOLIDAYS))
                .containsExactly(at("2026-01-02T08:30:00Z"));
        assertThat(r.fireTimes(at("2026-01-02T08:30:00Z"), at("2026-01-02T08:30:00Z"), NO_HOLIDAYS)).isEmpty();
        assertThat(r.fireTimes(at("2026-01-03T00:00:00Z"), at("2026-01-02T00:00:00Z"), NO_HOLIDAYS)).isEmpty();
    }

    @Test
    void aHolidayIsJudgedByTheLocalDateOfTheTriggerNotTheUtcDate() {
        // 23:30 in New York on 4 July is 03:30 UTC on 5 July: that firing is skipped, the ones around it are not.
        ZoneId newYork = ZoneId.of("America/New_York");
        Recurrence r = daily(newYork, "23:30");
        Set<LocalDate> holidays = Set.of(LocalDate.of(2026, 7, 4));

        List<Instant> fires = r.fireTimes(at("2026-07-03T04:00:00Z"), at("2026-07-07T00:00:00Z"), holidays::contains);

        assertThat(fires).containsExactly(at("2026-07-04T03:30:00Z"), at("2026-07-06T03:30:00Z"));
    }

    @Test
    void theSeedsLegacyZoneNameWorks() {
        Recurrence seed = daily(ZoneId.of("US/Eastern"), "08:30");

        assertThat(seed.fireTimes(at("2026-01-05T00:00:00Z"), at("2026-01-06T00:00:00Z"), NO_HOLIDAYS))
                .containsExactly(at("2026-01-05T13:30:00Z"));
    }

    @Test
    void nextSkipsMaskedDaysAndHolidays() {
        Recurrence weekdays = new Recurrence(new DayOfWeekMask("1111100"), List.of(LocalTime.of(8, 30)), BERLIN);
        Set<LocalDate> holidays = Set.of(LocalDate.of(2026, 4, 6)); // Easter Monday

        // Friday 3 April after its firing -> skip the weekend and the holiday -> Tuesday 7 April.
        assertThat(weekdays.next(at("2026-04-03T07:00:00Z"), holidays::contains))
                .contains(at("2026-04-07T06:30:00Z"));
        assertThat(weekdays.next(at("2026-04-03T06:00:00Z"), holidays::contains))
                .contains(at("2026-04-03T06:30:00Z"));
    }

    @Test
    void nextIsEmptyWhenEveryCandidateDayIsSkipped() {
        assertThat(daily(BERLIN, "08:30").next(at("2026-01-01T00:00:00Z"), date -> true)).isEmpty();
    }

    @Test
    void nextAgreesWithTheFirstOfFireTimes() {
        Recurrence r = new Recurrence(new DayOfWeekMask("0010010"), List.of(LocalTime.of(2, 30), LocalTime.of(23, 0)),
                BERLIN);
        Instant from = at("2026-03-20T00:00:00Z");
        for (int i = 0; i < 40; i++) {
            List<Instant> window = r.fireTimes(from, from.plusSeconds(14 * 86_400), NO_HOLIDAYS);
            assertThat(r.next(from, NO_HOLIDAYS)).contains(window.get(0));
            from = window.get(0);
        }
    }

    @Test
    void everyZoneFiresEachTriggerOnEveryDayOfAYearExceptGapCollisions() {
        Recurrence template = daily(ZoneId.of("UTC"), "00:30", "02:30", "12:00");
        for (String id : ZoneId.getAvailableZoneIds()) {
            ZoneId zone = ZoneId.of(id);
            Recurrence r = new Recurrence(template.days(), template.triggerTimes(), zone);
            Instant from = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, zone).toInstant();
            Instant to = ZonedDateTime.of(2027, 1, 1, 0, 0, 0, 0, zone).toInstant();

            List<Instant> fires = r.fireTimes(from, to, NO_HOLIDAYS);

            assertThat(fires).as(id).isSorted().doesNotHaveDuplicates();
            assertThat(fires.size()).as(id).isBetween(365 * 3 - 2, 365 * 3);
        }
    }

    @Test
    void aRecurrenceNeedsATriggerTime() {
        assertThatThrownBy(() -> new Recurrence(new DayOfWeekMask("1111111"), List.of(), BERLIN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
