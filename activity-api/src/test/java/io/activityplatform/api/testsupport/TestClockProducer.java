package io.activityplatform.api.testsupport;

import io.activityplatform.service.time.MutableClock;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The clock of every {@code @QuarkusTest} in this module: a {@link MutableClock} that replaces service-core's
 * default system clock, so tests move time (schedules, backoffs) instead of sleeping. It starts at the real
 * time of the application's start and stays there until a test sets or advances it.
 *
 * <p>{@code @Singleton} rather than {@code @ApplicationScoped}: {@code MutableClock} is final, so it cannot
 * have a client proxy, and tests inject the concrete type to move it.
 */
public class TestClockProducer {

    @Produces
    @Singleton
    MutableClock clock() {
        return new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }
}
