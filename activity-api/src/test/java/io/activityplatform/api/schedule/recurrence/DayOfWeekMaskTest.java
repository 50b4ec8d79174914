package io.activityplatform.api.schedule.recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DayOfWeekMaskTest {

    @Test
    void theFirstCharacterIsMondayAndTheLastSunday() {
        DayOfWeekMask mask = new DayOfWeekMask("1000001");

        assertThat(mask.includes(DayOfWeek.MONDAY)).isTrue();
        assertThat(mask.includes(DayOfWeek.SUNDAY)).isTrue();
        assertThat(mask.includes(DayOfWeek.TUESDAY)).isFalse();
        assertThat(mask.includes(DayOfWeek.SATURDAY)).isFalse();
    }

    @Test
    void theSeedMaskIncludesEveryDay() {
        DayOfWeekMask mask = new DayOfWeekMask("1111111");

        for (DayOfWeek day : DayOfWeek.values()) {
            assertThat(mask.includes(day)).as(day.name()).isTrue();
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"111111", "11111111", "1111112", "MTWTFSS", " 111111", "1111 11"})
    void malformedMasksAreRejected(String mask) {
        assertThat(DayOfWeekMask.problemWith(mask)).contains("7 characters");
    }

    @Test
    void aMaskWithoutAnyDayIsRejectedBecauseItWouldNeverFire() {
        assertThat(DayOfWeekMask.problemWith("0000000")).contains("at least one day");
        assertThatThrownBy(() -> new DayOfWeekMask("0000000")).isInstanceOf(IllegalArgumentException.class);
    }
}
