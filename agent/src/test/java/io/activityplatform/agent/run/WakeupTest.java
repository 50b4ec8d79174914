package io.activityplatform.agent.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The wake-up cuts a wait short once per burst of signals, and a signal given before the wait is not lost. */
class WakeupTest {

    @Test
    void aSignalGivenBeforeTheWaitIsNotLost() throws Exception {
        Wakeup wakeup = new Wakeup();
        wakeup.signal(); // an operation finished while the loop was still exchanging

        assertThat(wakeup.await(Duration.ofMinutes(5))).isTrue();
    }

    @Test
    void aBurstOfSignalsWakesOnceNotOncePerSignal() throws Exception {
        Wakeup wakeup = new Wakeup();
        for (int i = 0; i < 5; i++) {
            wakeup.signal();
        }

        assertThat(wakeup.await(Duration.ofMinutes(5))).isTrue();
        // left-over permits would make the loop exchange five times in a row without waiting
        assertThat(wakeup.await(Duration.ZERO)).isFalse();
    }

    @Test
    void withoutASignalTheWaitEndsUnsignalled() throws Exception {
        Wakeup wakeup = new Wakeup();

        assertThat(wakeup.await(Duration.ofMillis(20))).isFalse();
        assertThat(wakeup.await(Duration.ofSeconds(-3))).isFalse(); // a deadline already passed: no exception
    }

    @Test
    void anUnsignalledWaitNeverEndsBeforeItsTime() throws Exception {
        Wakeup wakeup = new Wakeup();
        Duration max = Duration.ofMillis(5).plusNanos(900_000); // a wait cut to whole milliseconds ends early

        long started = System.nanoTime();
        assertThat(wakeup.await(max)).isFalse();

        assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(max.toNanos());
    }

    @Test
    void anEndlessWaitIsAllowed() throws Exception {
        Wakeup wakeup = new Wakeup();
        wakeup.signal();

        assertThat(wakeup.await(Duration.ofSeconds(Long.MAX_VALUE))).isTrue(); // no overflow
    }

    @Test
    void aSignalFromAnotherThreadEndsALongWait() throws Exception {
        Wakeup wakeup = new Wakeup();
        CompletableFuture<Boolean> waited = CompletableFuture.supplyAsync(() -> {
            try {
                return wakeup.await(Duration.ofMinutes(10));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            wakeup.signal();
            assertThat(waited).isDone();
        });
        assertThat(waited.get(1, TimeUnit.SECONDS)).isTrue();
    }
}
