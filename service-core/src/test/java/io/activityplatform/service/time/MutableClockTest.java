package io.activityplatform.service.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The tests' clock: moves only when told, and no advance is lost when several threads move it. */
class MutableClockTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void itStandsStillUntilAdvancedOrSet() {
        MutableClock clock = new MutableClock(START);
        assertThat(clock.instant()).isEqualTo(START);

        clock.advance(Duration.ofMinutes(5));
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(300));
        assertThat(clock.millis()).isEqualTo(START.plusSeconds(300).toEpochMilli());

        clock.set(START.minusSeconds(1));
        assertThat(clock.instant()).isEqualTo(START.minusSeconds(1));
    }

    @Test
    void concurrentAdvancesAllCount() {
        MutableClock clock = new MutableClock(START);

        CompletableFuture.allOf(IntStream.range(0, 4).mapToObj(t -> CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 10_000; i++) {
                clock.advance(Duration.ofMillis(1));
            }
        })).toArray(CompletableFuture[]::new)).join();

        assertThat(clock.instant()).isEqualTo(START.plusMillis(40_000));
    }

    @Test
    void itIsUtcAndAnotherZoneIsTheSameMovingClock() {
        MutableClock clock = new MutableClock(START);

        var zoned = clock.withZone(ZoneId.of("Europe/Berlin"));
        clock.advance(Duration.ofHours(1));

        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(zoned.instant()).isEqualTo(START.plusSeconds(3600));
    }
}
