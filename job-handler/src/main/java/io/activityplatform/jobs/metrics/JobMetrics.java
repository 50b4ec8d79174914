package io.activityplatform.jobs.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters of this process's job handling, exposed by the health check and {@code GET /admin/jobs}; plain
 * atomics so a metrics registry can bind them as gauges without changing this class's users.
 */
@ApplicationScoped
public class JobMetrics {

    private final AtomicLong claimsWon = new AtomicLong();
    private final AtomicLong claimsLost = new AtomicLong();
    private final AtomicLong claimsUndecided = new AtomicLong();
    private final AtomicLong reactions = new AtomicLong();
    private final AtomicLong resumed = new AtomicLong();
    private final AtomicLong succeeded = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong stopped = new AtomicLong();
    private final AtomicLong scans = new AtomicLong();
    private final AtomicLong scanFailures = new AtomicLong();

    public void claimWon() {
        claimsWon.incrementAndGet();
    }

    public void claimLost() {
        claimsLost.incrementAndGet();
    }

    public void claimUndecided() {
        claimsUndecided.incrementAndGet();
    }

    public void reactionsEmitted(int count) {
        reactions.addAndGet(count);
    }

    public void resumed() {
        resumed.incrementAndGet();
    }

    public void succeeded() {
        succeeded.incrementAndGet();
    }

    public void failed() {
        failed.incrementAndGet();
    }

    /** An execution ended without emitting anything: canceled, timed out, or handed over at shutdown. */
    public void stopped() {
        stopped.incrementAndGet();
    }

    public void scanned() {
        scans.incrementAndGet();
    }

    public void scanFailed() {
        scanFailures.incrementAndGet();
    }

    public long scans() {
        return scans.get();
    }

    public Snapshot snapshot() {
        return new Snapshot(claimsWon.get(), claimsLost.get(), claimsUndecided.get(), reactions.get(), resumed.get(),
                succeeded.get(), failed.get(), stopped.get(), scans.get(), scanFailures.get());
    }

    /** The counters at one moment. */
    public record Snapshot(long claimsWon, long claimsLost, long claimsUndecided, long reactionsEmitted,
            long resumed, long succeeded, long failed, long stopped, long scans, long scanFailures) {
    }
}
