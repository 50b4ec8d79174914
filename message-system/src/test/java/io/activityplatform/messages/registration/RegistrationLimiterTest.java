package io.activityplatform.messages.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activityplatform.messages.config.MessagesConfig;
import io.activityplatform.service.rest.ProblemException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RegistrationLimiterTest {

    private final AtomicLong nanos = new AtomicLong();

    private RegistrationLimiter limiter(int perAddress, int perAccount, int maxTracked) {
        return new RegistrationLimiter(new MessagesConfig.RegistrationLimit() {
            @Override
            public Duration window() {
                return Duration.ofMinutes(1);
            }

            @Override
            public int perAddress() {
                return perAddress;
            }

            @Override
            public int perAccount() {
                return perAccount;
            }

            @Override
            public int maxTracked() {
                return maxTracked;
            }
        }, nanos::get);
    }

    private static void assertLimited(Runnable attempt) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().status()).isEqualTo(429));
    }

    @Test
    void anAddressGetsItsAllowanceThenA429UntilTheWindowEnds() {
        RegistrationLimiter limiter = limiter(3, 100, 100);
        for (int i = 0; i < 3; i++) {
            limiter.admit("10.0.0.1", "acme");
        }
        assertLimited(() -> limiter.admit("10.0.0.1", "acme"));
        assertThatCode(() -> limiter.admit("10.0.0.2", "acme")).doesNotThrowAnyException();

        nanos.addAndGet(Duration.ofSeconds(61).toNanos());
        assertThatCode(() -> limiter.admit("10.0.0.1", "acme")).doesNotThrowAnyException();
    }

    @Test
    void anAccountIsLimitedAcrossAddresses() {
        RegistrationLimiter limiter = limiter(100, 2, 100);
        limiter.admit("10.0.0.1", "acme");
        limiter.admit("10.0.0.2", "acme");
        assertLimited(() -> limiter.admit("10.0.0.3", "acme"));
        assertThatCode(() -> limiter.admit("10.0.0.3", "other")).doesNotThrowAnyException();
    }

    @Test
    void refusedAttemptsCountToo() {
        RegistrationLimiter limiter = limiter(1, 100, 100);
        limiter.admit("10.0.0.1", "acme");
        assertLimited(() -> limiter.admit("10.0.0.1", "acme"));
        assertLimited(() -> limiter.admit("10.0.0.1", "acme"));
    }
}
