package io.activityplatform.api.schedule.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.api.schedule.model.ActivityTemplate;
import io.activityplatform.api.schedule.model.LoadedSchedule;
import io.activityplatform.api.schedule.model.Schedule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScheduleResponseTest {

    private static final Instant EVALUATED = Instant.parse("2026-12-24T12:00:00Z");

    private static LoadedSchedule schedule(boolean active, Set<LocalDate> holidays) {
        Schedule s = new Schedule(UUID.randomUUID(), "xmas", null, new ActivityTemplate("GenerateUsgReportActivity",
                Map.of(), null, null, null, null), "1111111", List.of("09:00"), "Europe/Berlin", "C", active,
                EVALUATED, EVALUATED, EVALUATED, null, 0, 0, null, 1, "acme");
        return new LoadedSchedule(s, holidays);
    }

    @Test
    void theNextFireTimeSkipsTheCalendarsDatesInTheSchedulesZone() {
        ScheduleResponse response = ScheduleResponse.of(schedule(true,
                Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26))));

        assertThat(response.nextFireAt()).isEqualTo(Instant.parse("2026-12-27T08:00:00Z"));
    }

    @Test
    void anInactiveScheduleHasNoNextFireTime() {
        assertThat(ScheduleResponse.of(schedule(false, Set.of())).nextFireAt()).isNull();
    }

    @Test
    void aFireTimeTheLoopHasNotReachedYetIsStillTheNextOne() {
        // Evaluated until noon on the 24th: the 25th 09:00 shows even if the clock is already past it.
        assertThat(ScheduleResponse.of(schedule(true, Set.of())).nextFireAt())
                .isEqualTo(Instant.parse("2026-12-25T08:00:00Z"));
    }
}
