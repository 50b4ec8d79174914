package io.activityplatform.api.schedule.service;

import io.activityplatform.api.schedule.recurrence.Recurrence;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** When the firing loop should look at a schedule again. Pure. */
final class ScheduleClock {

    private ScheduleClock() {
    }

    /**
     * The next fire time after {@code evaluatedUntil} ignoring the calendar, so it is never later than the real
     * next firing whatever the calendar becomes; on a holiday the loop merely wakes up for nothing. A mask with
     * at least one day always has a next fire time; the fallback only guards the lookahead bound.
     */
    static Instant nextCheck(Recurrence recurrence, Instant evaluatedUntil) {
        return recurrence.next(evaluatedUntil, date -> false)
                .orElse(evaluatedUntil.plus(1, ChronoUnit.DAYS));
    }
}
