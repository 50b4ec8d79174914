package io.activityplatform.service.projection;

import static io.activityplatform.service.metrics.MetricNames.APPLIED;
import static io.activityplatform.service.metrics.MetricNames.NONE;
import static io.activityplatform.service.metrics.MetricNames.PROJECTION_EVENTS;
import static io.activityplatform.service.metrics.MetricNames.REJECTED;
import static io.activityplatform.service.metrics.MetricNames.TAG_OUTCOME;
import static io.activityplatform.service.metrics.MetricNames.TAG_REASON;

import io.activityplatform.events.fold.Rejection;
import io.activityplatform.service.metrics.MetricNames;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * This replica's projection figures as Micrometer meters (names in {@link MetricNames}), scraped at
 * {@code /q/metrics}; {@link #snapshot()} reads the same meters for health and {@code /admin/projection}, so
 * nothing is counted twice.
 */
@ApplicationScoped
public class ProjectionStats {

    private final MeterRegistry registry;
    private final Counter batches;
    private final Counter replaysSkipped;
    private final Counter failures;
    private final DistributionSummary batchSize;
    private final Timer batchTime;
    private final Map<String, AtomicLong> partitionLags = new ConcurrentHashMap<>();
    private final AtomicLong lag = new AtomicLong();
    private final AtomicLong maxLag = new AtomicLong();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private final AtomicReference<Instant> lastErrorAt = new AtomicReference<>();
    private volatile boolean running;
    private volatile boolean healthy = true;

    public ProjectionStats(MeterRegistry registry) {
        this.registry = registry;
        this.batches = registry.counter(MetricNames.PROJECTION_BATCHES);
        this.replaysSkipped = registry.counter(MetricNames.PROJECTION_REPLAYS_SKIPPED);
        this.failures = registry.counter(MetricNames.PROJECTION_FAILURES);
        this.batchSize = DistributionSummary.builder(MetricNames.PROJECTION_BATCH_SIZE)
                .description("records per projection batch").register(registry);
        this.batchTime = Timer.builder(MetricNames.PROJECTION_BATCH)
                .description("folding and writing one projection batch").publishPercentileHistogram()
                .register(registry);
    }

    /** Where the batches' activity states came from: counters read from the cache itself. */
    void stateLoads(RecentStates recent) {
        FunctionCounter.builder(MetricNames.PROJECTION_STATE_LOADS, recent,
                RecentStates::hits).tag(TAG_OUTCOME, "hit").description("activity states found in memory")
                .register(registry);
        FunctionCounter.builder(MetricNames.PROJECTION_STATE_LOADS, recent,
                RecentStates::misses).tag(TAG_OUTCOME, "miss").description("activity states read from the view")
                .register(registry);
    }

    /** A batch was folded and its transaction committed: count its records by outcome and reason. */
    void batchWritten(ProjectionBatch batch, int records, long nanos) {
        batchSize.record(records);
        batchTime.record(nanos, TimeUnit.NANOSECONDS);
        for (FoldedEvent event : batch.activityEvents()) {
            Rejection rejection = event.rejection();
            folded(rejection == null ? APPLIED : REJECTED, rejection == null ? NONE : rejection.name());
        }
        for (ComputerRecord computer : batch.computerEvents()) {
            folded(computer.event() == null ? REJECTED : APPLIED,
                    computer.event() == null ? Rejection.MALFORMED.name() : NONE);
        }
    }

    /** Counts one folded record; {@code outcome} is applied, rejected or quarantined. */
    public void folded(String outcome, String reason) {
        registry.counter(PROJECTION_EVENTS, TAG_OUTCOME, outcome, TAG_REASON, reason).increment();
    }

    /** The batch's offsets advanced; the record counts come from {@link #batchWritten}'s meters. */
    void batchCommitted(long eventCount, long rejectedCount, long malformedCount, long quarantinedCount,
            int skipped) {
        batches.increment();
        replaysSkipped.increment(skipped);
        if (quarantinedCount > 0) {
            // set aside, not folded: batchWritten never saw them (reasons are listed at /admin/projection)
            registry.counter(PROJECTION_EVENTS, TAG_OUTCOME, MetricNames.QUARANTINED, TAG_REASON,
                    MetricNames.UNSTORABLE)
                    .increment(quarantinedCount);
        }
        healthy = true;
    }

    void failed(Throwable error) {
        failures.increment();
        healthy = false;
        lastError.set(String.valueOf(error.getMessage()));
        lastErrorAt.set(Instant.now());
    }

    void lag(long value) {
        lag.set(value);
        maxLag.accumulateAndGet(value, Math::max);
    }

    /** Records behind the log end on one assigned partition, as a gauge per partition. */
    void partitionLag(String topic, int partition, long value) {
        partitionLags.computeIfAbsent(topic + "-" + partition, k -> registry.gauge(MetricNames.PROJECTION_LAG,
                Tags.of(MetricNames.TAG_TOPIC, topic, MetricNames.TAG_PARTITION, Integer.toString(partition)),
                new AtomicLong())).set(value);
    }

    void running(boolean value) {
        running = value;
    }

    public Snapshot snapshot() {
        long applied = (long) sum(APPLIED, null);
        long rejected = (long) sum(REJECTED, null);
        long malformed = (long) sum(REJECTED, Rejection.MALFORMED.name());
        long quarantined = (long) sum(MetricNames.QUARANTINED, null);
        return new Snapshot(running, healthy, applied + rejected, rejected, malformed, quarantined,
                (long) replaysSkipped.count(),
                (long) batches.count(), lag.get(), maxLag.get(), lastError.get(), lastErrorAt.get());
    }

    private double sum(String outcome, String reason) {
        var search = registry.find(PROJECTION_EVENTS).tag(TAG_OUTCOME, outcome);
        if (reason != null) {
            search = search.tag(TAG_REASON, reason);
        }
        return search.counters().stream().mapToDouble(Counter::count).sum();
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
