package io.activityplatform.bench;

import java.time.Duration;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * Waits until the benchmark's own processes are quiet before a phase that measures an idle system. After a
 * throughput phase the stack goes on working for a while (PostgreSQL's autovacuum and checkpoints after tens
 * of thousands of updates, projections catching up): the idle fleet measured 11.6 / 74.5 ms exchange p50 / p99
 * right after the client phase, and 3.1 / 26.7 ms in a run of its own. Quiet means under {@link #QUIET_CORES}
 * over one {@link #WINDOW}; after {@link #LIMIT} the phase starts anyway, and the line says so.
 */
final class QuietWait {

    static final double QUIET_CORES = 0.25;
    static final Duration WINDOW = Duration.ofSeconds(5);
    static final Duration LIMIT = Duration.ofMinutes(3);

    /** Sleeps for a measurement window: pacing, not waiting for an event (there is none to wait for). */
    interface Pause {
        void sleep(Duration d) throws InterruptedException;
    }

    private final DoubleSupplier cpuMillis;
    private final LongSupplier nanos;
    private final Pause pause;

    QuietWait(DoubleSupplier cpuMillis, LongSupplier nanos, Pause pause) {
        this.cpuMillis = cpuMillis;
        this.nanos = nanos;
        this.pause = pause;
    }

    static QuietWait of(ProcessCpu own) {
        return new QuietWait(own::millis, System::nanoTime, d -> Thread.sleep(d.toMillis()));
    }

    /** @return what was found, for the run's output: how long it took and the last window's cores */
    String await() throws InterruptedException {
        long begin = nanos.getAsLong();
        double cores;
        do {
            double before = cpuMillis.getAsDouble();
            long start = nanos.getAsLong();
            pause.sleep(WINDOW);
            cores = (cpuMillis.getAsDouble() - before) / ((nanos.getAsLong() - start) / 1e6);
            if (cores < QUIET_CORES) {
                return String.format("stack quiet after %.0f s (%.2f cores)", (nanos.getAsLong() - begin) / 1e9, cores);
            }
        } while (nanos.getAsLong() - begin < LIMIT.toNanos());
        return String.format("stack still busy after %d s (%.2f cores); measuring anyway", LIMIT.toSeconds(), cores);
    }
}
