package io.activityplatform.service.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** Counters of this replica's projection, for health, metrics and benchmarks. */
@ApplicationScoped
public class ProjectionStats {

    private final AtomicLong events = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong malformed = new AtomicLong();
    private final AtomicLong quarantined = new AtomicLong();
    private final AtomicLong replaysSkipped = new AtomicLong();
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong lag = new AtomicLong();
    private final AtomicLong maxLag = new AtomicLong();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private final AtomicReference<Instant> lastErrorAt = new AtomicReference<>();
    private volatile boolean running;
    private volatile boolean healthy = true;

    void batchCommitted(long eventCount, long rejectedCount, long malformedCount, long quarantinedCount,
            int skipped) {
        batches.incrementAndGet();
        events.addAndGet(eventCount);
        rejected.addAndGet(rejectedCount);
        malformed.addAndGet(malformedCount);
        quarantined.addAndGet(quarantinedCount);
        replaysSkipped.addAndGet(skipped);
        healthy = true;
    }

    void failed(Throwable error) {
        healthy = false;
        lastError.set(String.valueOf(error.getMessage()));
        lastErrorAt.set(Instant.now());
    }

    void lag(long value) {
        lag.set(value);
        maxLag.accumulateAndGet(value, Math::max);
    }

    void running(boolean value) {
        running = value;
    }

    public Snapshot snapshot() {
        return new Snapshot(running, healthy, events.get(), rejected.get(), malformed.get(), quarantined.get(),
                replaysSkipped.get(), batches.get(), lag.get(), maxLag.get(), lastError.get(), lastErrorAt.get());
    }

    /**
     * A consistent-enough view of the counters. {@code lag} is the records in the log that the view has not
     * applied yet (log end minus applied offset, per owned partition); {@code quarantined} counts records set
     * aside because their effect could not be stored.
     */
    public record Snapshot(boolean running, boolean healthy, long events, long rejected, long malformed,
            long quarantined, long replaysSkipped, long batches, long lag, long maxLag, String lastError,
            Instant lastErrorAt) {
    }
}
