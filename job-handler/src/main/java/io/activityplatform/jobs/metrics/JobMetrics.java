package io.activityplatform.jobs.metrics;

import static io.activityplatform.service.metrics.MetricNames.TAG_OUTCOME;

import io.activityplatform.service.metrics.MetricNames;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * This process's job handling as Micrometer meters (names in {@link MetricNames}), scraped at
 * {@code /q/metrics}. The health check and {@code GET /admin/jobs} read the same meters through
 * {@link #snapshot()}, so there is one count, not two.
 */
@ApplicationScoped
public class JobMetrics {

    static final String SUCCEEDED = "succeeded";
    static final String FAILED = "failed";
    static final String STOPPED = "stopped";

    private final MeterRegistry registry;
    private final Counter claimsWon;
    private final Counter claimsLost;
    private final Counter claimsUndecided;
    private final Counter resumed;
    private final Counter scans;
    private final Counter scanFailures;

    public JobMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.claimsWon = registry.counter(MetricNames.CLAIMS, TAG_OUTCOME, MetricNames.WON);
        this.claimsLost = registry.counter(MetricNames.CLAIMS, TAG_OUTCOME, MetricNames.LOST);
        this.claimsUndecided = registry.counter(MetricNames.CLAIMS, TAG_OUTCOME, MetricNames.UNDECIDED);
        this.resumed = registry.counter(MetricNames.RECOVERIES);
        this.scans = registry.counter(MetricNames.SCANS, TAG_OUTCOME, "ok");
        this.scanFailures = registry.counter(MetricNames.SCANS, TAG_OUTCOME, "failed");
    }

    public void claimWon() {
        claimsWon.increment();
    }

    public void claimLost() {
        claimsLost.increment();
    }

    public void claimUndecided() {
        claimsUndecided.increment();
    }

    /** One status change emitted by a reaction rule. */
    public void reactionEmitted(String rule) {
        registry.counter(MetricNames.REACTIONS, MetricNames.TAG_RULE, rule).increment();
    }

    public void resumed() {
        resumed.increment();
    }

    /** A handler of {@code type} ended with SUCCEEDED after {@code spent} in the handler. */
    public void succeeded(String type) {
        run(type, SUCCEEDED);
    }

    public void failed(String type) {
        run(type, FAILED);
    }

    /** An execution ended without emitting anything: canceled, timed out, or handed over at shutdown. */
    public void stopped(String type) {
        run(type, STOPPED);
    }

    /** Time spent inside a handler of {@code type}, whatever its outcome. */
    public void handlerTime(String type, Duration spent) {
        Timer.builder(MetricNames.HANDLER).tag(MetricNames.TAG_TYPE, type).publishPercentileHistogram()
                .register(registry).record(spent);
    }

    public void scanned() {
        scans.increment();
    }

    public void scanFailed() {
        scanFailures.increment();
    }

    public long scans() {
        return (long) scans.count();
    }

    public Snapshot snapshot() {
        return new Snapshot((long) claimsWon.count(), (long) claimsLost.count(), (long) claimsUndecided.count(),
                (long) sum(registry.find(MetricNames.REACTIONS).counters()), (long) resumed.count(), runs(SUCCEEDED),
                runs(FAILED), runs(STOPPED), scans(), (long) scanFailures.count());
    }

    private void run(String type, String outcome) {
        registry.counter(MetricNames.HANDLER_RUNS, MetricNames.TAG_TYPE, type, TAG_OUTCOME, outcome).increment();
    }

    private long runs(String outcome) {
        return (long) sum(registry.find(MetricNames.HANDLER_RUNS).tag(TAG_OUTCOME, outcome).counters());
    }

    private static double sum(java.util.Collection<Counter> counters) {
        return counters.stream().mapToDouble(Counter::count).sum();
    }

    /** The counters at one moment. */
    public record Snapshot(long claimsWon, long claimsLost, long claimsUndecided, long reactionsEmitted,
            long resumed, long succeeded, long failed, long stopped, long scans, long scanFailures) {
    }
}
