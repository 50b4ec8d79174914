package io.activityplatform.messages.support;

import io.activityplatform.service.time.MutableClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Replaces service-core's default clock with one bean that is both the {@code Clock} every service class
 * reads and the {@code MutableClock} tests move by hand instead of sleeping.
 */
@ApplicationScoped
public class TestClock {

    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

    @Produces
    @jakarta.inject.Singleton
    MutableClock clock() {
        return clock;
    }
}
