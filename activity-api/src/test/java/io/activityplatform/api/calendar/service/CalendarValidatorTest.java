package io.activityplatform.api.calendar.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activityplatform.service.rest.Problem.FieldError;
import io.activityplatform.service.rest.ProblemException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarValidatorTest {

    private static List<String> fieldsOf(Runnable validation) {
        try {
            validation.run();
            return List.of();
        } catch (ProblemException e) {
            return e.problem().errors().stream().map(FieldError::field).toList();
        }
    }

    @Test
    void datesAreSortedAndDuplicatesMerged() {
        CalendarValidator.ValidCalendar valid = CalendarValidator.validate("US_HOLIDAYS", "US federal holidays",
                List.of("2026-12-25", "2026-07-04", "2026-12-25"));

        assertThat(valid.dates()).containsExactly(LocalDate.of(2026, 7, 4), LocalDate.of(2026, 12, 25));
    }

    @Test
    void noDatesIsAValidCalendar() {
        assertThat(CalendarValidator.validate("EMPTY", null, null).dates()).isEmpty();
    }

    @Test
    void aBadDateIsNamedWithItsIndex() {
        assertThat(fieldsOf(() -> CalendarValidator.validate("X", null,
                List.of("2026-07-04", "2026-13-01", "July 4th", "2026-02-30"))))
                .containsExactly("dates[1]", "dates[2]", "dates[3]");
    }

    @Test
    void namesMustBeUsableInAPath() {
        assertThat(fieldsOf(() -> CalendarValidator.validate("US HOLIDAYS", null, List.of()))).containsExactly("name");
        assertThat(fieldsOf(() -> CalendarValidator.validate("a/b", null, List.of()))).containsExactly("name");
        assertThat(fieldsOf(() -> CalendarValidator.validate(null, null, List.of()))).containsExactly("name");
        assertThat(fieldsOf(() -> CalendarValidator.validate("x".repeat(65), null, List.of())))
                .containsExactly("name");
    }

    @Test
    void tooManyDatesOrTooLongADescriptionAreRejected() {
        List<String> many = Collections.nCopies(CalendarValidator.MAX_DATES + 1, "2026-01-01");

        assertThat(fieldsOf(() -> CalendarValidator.validate("X", "d".repeat(1001), many)))
                .containsExactly("description", "dates");
        assertThatThrownBy(() -> CalendarValidator.validate("X", null, many))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().status()).isEqualTo(400));
    }
}
