package io.activityplatform.bench;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Exchange latencies of a whole fleet, recorded from many threads into a fixed-size HdrHistogram (microseconds,
 * 3 significant digits, up to {@link #HIGHEST_MICROS}; longer samples count as that): a 10,000-agent minute is
 * 10,000+ samples and a long run millions, so no list of samples. {@link #reset} drops the warm-up; {@link #take}
 * returns what was recorded since and starts the next interval.
 */
public final class ExchangeLatencies {

    /** A minute: the agent's HTTP client gives up long before. */
    static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(1);

    private final Recorder recorder = new Recorder(HIGHEST_MICROS, 3);

    /** One exchange's duration, from any thread. */
    public void record(long nanos) {
        recorder.recordValue(Math.max(0, Math.min(HIGHEST_MICROS, TimeUnit.NANOSECONDS.toMicros(nanos))));
    }

    /** Forgets what was recorded so far (the warm-up). */
    public void reset() {
        recorder.reset();
    }

    /** What was recorded since the last {@code reset} or {@code take}. */
    public Snapshot take() {
        Histogram h = recorder.getIntervalHistogram();
        return h.getTotalCount() == 0 ? new Snapshot(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN)
                : new Snapshot(h.getTotalCount(), millis(h.getValueAtPercentile(50)),
                        millis(h.getValueAtPercentile(90)), millis(h.getValueAtPercentile(99)),
                        millis(h.getMaxValue()));
    }

    private static double millis(long micros) {
        return micros / 1000.0;
    }

    /** Count and percentiles in milliseconds (NaN without samples). */
    public record Snapshot(long count, double p50, double p90, double p99, double max) {

        /** {@code p50 / p90 / p99 / max} with one decimal (two below 10 ms), or "n/a" without samples. */
        public String summary() {
            return count == 0 ? "n/a" : String.format("%s / %s / %s / %s ms", ms(p50), ms(p90), ms(p99), ms(max));
        }

        private static String ms(double value) {
            return String.format(value < 10 ? "%.2f" : "%.1f", value);
        }
    }
}
