package io.activityplatform.service.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A refresh's cost stays within its share of the time: a slower query makes the next one come later. */
class RefreshBudgetTest {

    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    private final RefreshBudget budget = new RefreshBudget(0.01);

    @Test
    void theFirstRefreshIsDueAtOnce() {
        assertThat(budget.due(Long.MIN_VALUE + 1)).isTrue();
        assertThat(budget.due(0)).isTrue();
    }

    @Test
    void aRefreshOf300MillisecondsWaitsAboutThirtySecondsForTheNext() {
        long start = 5_000 * MS;
        budget.spent(start, start + 300 * MS);

        assertThat(budget.due(start + 15_000 * MS)).as("the usual 15 s period is too soon").isFalse();
        assertThat(budget.due(start + 29_999 * MS)).isFalse();
        assertThat(budget.due(start + 30_000 * MS)).isTrue();
    }

    @Test
    void aCheapRefreshLeavesThePeriodToTheScheduler() {
        budget.spent(0, 2 * MS);

        assertThat(budget.due(200 * MS)).isTrue();
    }

    @Test
    void worksAcrossTheSignChangeOfNanoTime() {
        long start = -100 * MS;
        budget.spent(start, start + 10 * MS);

        assertThat(budget.due(500 * MS)).isFalse();
        assertThat(budget.due(900 * MS)).isTrue();
    }

    @Test
    void refusesAShareOutsideZeroToOne() {
        assertThatThrownBy(() -> new RefreshBudget(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RefreshBudget(1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
