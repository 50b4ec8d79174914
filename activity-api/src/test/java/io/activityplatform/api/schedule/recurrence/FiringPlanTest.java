package io.activityplatform.api.schedule.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class FiringPlanTest {

    private static final Recurrence HOURLY_AT_HALF_PAST = new Recurrence(new DayOfWeekMask("1111111"),
            java.util.stream.IntStream.range(0, 24).mapToObj(h -> LocalTime.of(h, 30)).toList(), ZoneId.of("UTC"));
    private static final Predicate<LocalDate> NONE = date -> false;
    private static final Duration GRACE = Duration.ofHours(1);

    @Test
    void everyFiringSinceTheLastEvaluationWithinTheGraceWindowIsDue() {
        FiringPlan plan = FiringPlan.plan(HOURLY_AT_HALF_PAST, Instant.parse("2026-05-01T10:00:00Z"),
                Instant.parse("2026-05-01T10:45:00Z"), GRACE, NONE);

        assertThat(plan.due()).containsExactly(Instant.parse("2026-05-01T10:30:00Z"));
        assertThat(plan.missed()).isZero();
        assertThat(plan.lastMissed()).isNull();
        assertThat(plan.evaluatedUntil()).isEqualTo(Instant.parse("2026-05-01T10:45:00Z"));
    }

    @Test
    void firingsOlderThanTheGraceWindowAreCountedAsMissedInsteadOfFired() {
        FiringPlan plan = FiringPlan.plan(HOURLY_AT_HALF_PAST, Instant.parse("2026-05-01T00:00:00Z"),
                Instant.parse("2026-05-01T12:00:00Z"), GRACE, NONE);

        assertThat(plan.due()).containsExactly(Instant.parse("2026-05-01T11:30:00Z"));
        assertThat(plan.missed()).isEqualTo(11);
        assertThat(plan.lastMissed()).isEqualTo(Instant.parse("2026-05-01T10:30:00Z"));
    }

    @Test
    void aFiringExactlyAtTheEdgeOfTheWindowIsMissed() {
        FiringPlan plan = FiringPlan.plan(HOURLY_AT_HALF_PAST, Instant.parse("2026-05-01T10:00:00Z"),
                Instant.parse("2026-05-01T11:30:00Z"), GRACE, NONE);

        assertThat(plan.due()).containsExactly(Instant.parse("2026-05-01T11:30:00Z"));
        assertThat(plan.missed()).isEqualTo(1);
    }

    @Test
    void nothingHappensWhenTheClockHasNotMovedOrWentBack() {
        Instant since = Instant.parse("2026-05-01T10:00:00Z");

        FiringPlan same = FiringPlan.plan(HOURLY_AT_HALF_PAST, since, since, GRACE, NONE);
        FiringPlan back = FiringPlan.plan(HOURLY_AT_HALF_PAST, since, since.minusSeconds(7200), GRACE, NONE);

        assertThat(List.of(same, back)).allSatisfy(plan -> {
            assertThat(plan.due()).isEmpty();
            assertThat(plan.missed()).isZero();
            assertThat(plan.evaluatedUntil()).isEqualTo(since);
        });
    }

    @Test
    void holidaysAreNeitherFiredNorCountedAsMissed() {
        FiringPlan plan = FiringPlan.plan(HOURLY_AT_HALF_PAST, Instant.parse("2026-05-01T00:00:00Z"),
                Instant.parse("2026-05-02T00:45:00Z"), GRACE, LocalDate.of(2026, 5, 1)::equals);

        assertThat(plan.due()).containsExactly(Instant.parse("2026-05-02T00:30:00Z"));
        assertThat(plan.missed()).isZero();
    }
}
