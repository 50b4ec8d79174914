package io.activityplatform.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wait before an idle measurement: windows of CPU use on a simulated clock. */
class QuietWaitTest {

    /** A clock that a pause advances, and a CPU counter that grows by the next window's cores each pause. */
    private static final class Simulated {
        long nanos;
        double cpuMillis;
        final Deque<Double> coresPerWindow;

        Simulated(List<Double> cores) {
            coresPerWindow = new ArrayDeque<>(cores);
        }

        QuietWait quietWait() {
            return new QuietWait(() -> cpuMillis, () -> nanos, d -> {
                double cores = coresPerWindow.isEmpty() ? 2.0 : coresPerWindow.poll();
                cpuMillis += cores * d.toMillis();
                nanos += d.toNanos();
            });
        }
    }

    @Test
    void aQuietStackIsFoundInTheFirstWindow() throws Exception {
        Simulated s = new Simulated(List.of(0.1));
        assertThat(s.quietWait().await()).isEqualTo("stack quiet after 5 s (0.10 cores)");
    }

    @Test
    void busyWindowsAreWaitedOutUntilOneIsQuiet() throws Exception {
        Simulated s = new Simulated(List.of(1.9, 1.2, 0.6, 0.24));
        assertThat(s.quietWait().await()).isEqualTo("stack quiet after 20 s (0.24 cores)");
        assertThat(s.nanos).isEqualTo(Duration.ofSeconds(20).toNanos());
    }

    @Test
    void exactlyTheThresholdIsNotQuiet() throws Exception {
        Simulated s = new Simulated(List.of(QuietWait.QUIET_CORES, 0.0));
        assertThat(s.quietWait().await()).isEqualTo("stack quiet after 10 s (0.00 cores)");
    }

    @Test
    void aStackThatNeverQuietensIsMeasuredAnywayAfterTheLimit() throws Exception {
        Simulated s = new Simulated(List.of());
        assertThat(s.quietWait().await()).isEqualTo("stack still busy after 180 s (2.00 cores); measuring anyway");
        assertThat(s.nanos).isEqualTo(QuietWait.LIMIT.toNanos());
    }
}
