package io.activityplatform.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latency samples in milliseconds and their p50 / p90 / max (nearest rank). */
public final class Latencies {

    private final List<Double> millis = new ArrayList<>();

    public synchronized void add(double sampleMillis) {
        millis.add(sampleMillis);
    }

    public synchronized int count() {
        return millis.size();
    }

    public synchronized double percentile(double p) {
        if (millis.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    public double p50() {
        return percentile(50);
    }

    public double p90() {
        return percentile(90);
    }

    public double max() {
        return percentile(100);
    }

    /** {@code p50 / p90 / max} with one decimal, or "n/a" without samples. */
    public String summary() {
        return count() == 0 ? "n/a" : String.format("%.1f / %.1f / %.1f ms (%d)", p50(), p90(), max(), count());
    }
}
