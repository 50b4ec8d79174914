package io.activityplatform.jobs.support;

import io.activityplatform.service.time.MutableClock;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Instant;

/** Replaces service-core's default system clock in tests: schedules, deadlines and timeouts move by hand. */
public class TestClock {

    public static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

    @Produces
    @Singleton
    MutableClock clock() {
        return new MutableClock(START);
    }
}
