package io.activityplatform.api.schedule.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.api.schedule.recurrence.DayOfWeekMask;
import io.activityplatform.api.schedule.recurrence.Recurrence;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleClockTest {

    @Test
    void theNextCheckIsTheNextFireTimeIgnoringAnyCalendar() {
        Recurrence mondays = new Recurrence(new DayOfWeekMask("1000000"), List.of(LocalTime.of(7, 0)),
                ZoneId.of("America/New_York"));

        Instant check = ScheduleClock.nextCheck(mondays, Instant.parse("2026-03-04T00:00:00Z"));

        // Monday 9 March, the first Monday after New York switched to EDT on Sunday 8 March.
        assertThat(check).isEqualTo(Instant.parse("2026-03-09T11:00:00Z"));
    }

    @Test
    void theCheckAfterAFiringIsTheFollowingFireTime() {
        Recurrence twiceDaily = new Recurrence(new DayOfWeekMask("1111111"), List.of(LocalTime.of(6, 0),
                LocalTime.of(18, 0)), ZoneId.of("UTC"));

        assertThat(ScheduleClock.nextCheck(twiceDaily, Instant.parse("2026-05-05T06:00:00Z")))
                .isEqualTo(Instant.parse("2026-05-05T18:00:00Z"));
    }
}
