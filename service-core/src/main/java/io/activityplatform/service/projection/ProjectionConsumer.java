package io.activityplatform.service.projection;

import io.activityplatform.events.codec.Topics;
import io.activityplatform.service.config.KafkaConnection;
import io.activityplatform.service.config.PlatformConfig;
import io.activityplatform.service.projection.ProjectionOffsets.PartitionProgress;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * The batched projection loop every service runs: poll, fold, write in one transaction, repeat. It owns one
 * Kafka consumer on its own thread (the consumer is single-threaded by contract) in the service's consumer
 * group, so replicas split the partitions. On assignment it seeks to the offsets stored with the view, not
 * to Kafka's committed ones; a failed batch is rolled back and re-read from the same offsets.
 *
 * <p>Batches are pipelined: while the database commits batch N, the thread polls and decodes batch N+1.
 * Batch N+1 is written only after N committed, so it folds on N's states and the replay guard knows N's
 * offsets; before any rebalance, rebuild or replay the batch in flight is finished first.
 *
 * <p>A batch is written as up to {@code activities.projection.write-parallelism} (default 1) concurrent
 * transactions, one per group of whole partitions ({@link PartitionGroups}); each commits its partitions'
 * view rows and offsets together, so exactly-once and log order hold per partition. When one group fails,
 * the others' commits are still recorded before the failed partitions are re-read from their stored offsets.
 */
@ApplicationScoped
public class ProjectionConsumer {

    private static final Logger LOG = Logger.getLogger(ProjectionConsumer.class);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final long WRITE_TIMEOUT_SECONDS = 60;

    private final PlatformConfig config;
    private final KafkaConnection connection;
    private final ProjectionWriter writer;
    private final ProjectionWatermark watermark;
    private final ProjectionStats stats;
    private final AppliedOffsets applied = new AppliedOffsets();
    /** Continues each activity's trace from the ce_traceparent of its records (issue 14). */
    @jakarta.inject.Inject
    io.activityplatform.service.tracing.EventTracing tracing;
    /** Which partitions this replica projects, for in-memory work that must know (issue: streams on replicas). */
    @jakarta.inject.Inject
    PartitionOwnership ownership;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile Thread thread;
    private volatile boolean running;
    private volatile CompletableFuture<Void> rebuildRequest;
    private volatile boolean replayRequest;
    private final BatchInFlight inFlight;
    private final LogLag logLag = new LogLag();

    public ProjectionConsumer(PlatformConfig config,
            KafkaConnection connection, ProjectionWriter writer,
            ProjectionWatermark watermark, ProjectionStats stats) {
        this.config = config;
        this.connection = connection;
        this.writer = writer;
        this.watermark = watermark;
        this.stats = stats;
        this.inFlight = new BatchInFlight(writer, applied, config.projection().writeParallelism(),
                WRITE_TIMEOUT_SECONDS);
    }

    void onStart(@Observes StartupEvent event) {
        if (config.projection().autostart()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "projection-" + config.serviceName());
        thread.setDaemon(true);
        thread.start();
    }

    public synchronized void stop() {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        Thread t = thread;
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Drops the view and refolds the whole log from offset 0; completes when the reset is done. */
    public CompletableFuture<Void> rebuild() {
        CompletableFuture<Void> request = new CompletableFuture<>();
        rebuildRequest = request;
        return request;
    }

    /**
     * Re-reads the log from offset 0 while keeping the view, as after a crash between the database commit
     * and Kafka's: every record is recognised as already applied and skipped.
     */
    public void replayFromStart() {
        replayRequest = true;
    }

    private void run() {
        stats.running(true);
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(ConsumerSettings.of(config, connection))) {
            consumer = c;
            c.subscribe(topics(), new SeekToView(c, () -> finishQuietly(c), applied, watermark, writer, stats,
                    () -> running, ownership));
            long backoffMs = 100;
            while (running) {
                try {
                    handleRequests(c);
                    ConsumerRecords<String, byte[]> polled = pollNext(c);
                    if (polled.isEmpty() && !inFlight.isEmpty()) {
                        // Nothing new behind the batch in flight: finish it now, so its watermark and
                        // after-commit signal go out as soon as it commits, not after a whole empty poll.
                        finishInFlight(c);
                        continue;
                    }
                    tracing.received(polled);
                    List<PolledRecord> batch = decode(polled);
                    finishInFlight(c);
                    if (!batch.isEmpty()) {
                        inFlight.start(batch);
                    }
                    stats.lag(logLag.measure(c, applied.snapshot(),
                            (tp, lag) -> stats.partitionLag(tp.topic(), tp.partition(), lag)));
                    backoffMs = 100;
                } catch (WakeupException e) {
                    // stop() asked us to leave the poll
                } catch (RuntimeException e) {
                    inFlight.drop();
                    stats.failed(e);
                    LOG.warnf("Projection batch failed, retrying from the stored offsets in %d ms: %s", backoffMs,
                            e.getMessage());
                    applied.seek(c, c.assignment());
                    // Truthful lag while stuck: the records waiting behind the stored offsets, never 0.
                    stats.lag(logLag.measure(c, applied.snapshot(),
                            (tp, lag) -> stats.partitionLag(tp.topic(), tp.partition(), lag)));
                    pause(backoffMs);
                    backoffMs = Math.min(backoffMs * 2, 5_000);
                }
            }
            finishQuietly(c);
        } finally {
            consumer = null;
            stats.running(false);
        }
    }

    /**
     * Polls. With a batch in flight the poll only takes what is already fetched (the consumer prefetches while
     * the database commits), so the batch is finished without waiting for new records; idle, it waits up to
     * {@link #POLL}. No other thread ever wakes the consumer (issue 11 tried, from the write's completion: a
     * wakeup can land inside a rebalance, between adopting the view's offsets and seeking to them, and the
     * system test lost 4 records that way). Only stop() does, and then the loop ends.
     */
    private ConsumerRecords<String, byte[]> pollNext(KafkaConsumer<String, byte[]> c) {
        try {
            return c.poll(inFlight.isEmpty() ? POLL : Duration.ZERO);
        } catch (WakeupException e) {
            if (!running) {
                throw e;
            }
            return ConsumerRecords.empty();
        }
    }

    private static List<PolledRecord> decode(ConsumerRecords<String, byte[]> records) {
        List<PolledRecord> decoded = new ArrayList<>(records.count());
        records.forEach(r -> decoded.add(PolledRecord.decode(r)));
        return decoded;
    }

    /** Waits for the batch in flight (see {@link BatchInFlight#finish}) and records each group's commit. */
    private void finishInFlight(KafkaConsumer<String, byte[]> c) {
        inFlight.finish(written -> committed(c, written));
    }

    private void committed(KafkaConsumer<String, byte[]> c, ProjectionWriter.Written written) {
        Map<TopicPartition, OffsetAndMetadata> commits = new HashMap<>();
        long events = 0;
        long rejected = 0;
        long malformed = 0;
        long quarantined = 0;
        for (PartitionProgress p : written.progress().values()) {
            applied.advance(p.topic, p.partition, p.lastOffset);
            watermark.advance(p.topic, p.partition, p.lastOffset);
            commits.put(new TopicPartition(p.topic, p.partition), new OffsetAndMetadata(p.lastOffset + 1));
            events += p.events;
            rejected += p.rejected;
            malformed += p.malformed;
            quarantined += p.quarantined;
        }
        stats.batchCommitted(events, rejected, malformed, quarantined, written.skipped());
        c.commitAsync(commits, null);
        try {
            writer.afterCommit(written.batch());
        } catch (RuntimeException e) {
            LOG.error("A projection listener failed after commit; the view is consistent", e);
        }
    }

    private void finishQuietly(KafkaConsumer<String, byte[]> c) {
        try {
            finishInFlight(c);
        } catch (RuntimeException e) {
            LOG.debugf("Batch in flight at shutdown not committed (%s); it will be re-read", e.getMessage());
        }
    }

    private void handleRequests(KafkaConsumer<String, byte[]> c) {
        if (replayRequest) {
            replayRequest = false;
            finishInFlight(c);
            c.seekToBeginning(c.assignment());
        }
        CompletableFuture<Void> request = rebuildRequest;
        if (request == null) {
            return;
        }
        rebuildRequest = null;
        try {
            finishInFlight(c);
            writer.reset().await().atMost(Duration.ofSeconds(WRITE_TIMEOUT_SECONDS));
            applied.clear();
            watermark.forget();
            c.seekToBeginning(c.assignment());
            LOG.infof("View dropped; refolding %s from offset 0", c.assignment());
            request.complete(null);
        } catch (RuntimeException e) {
            request.completeExceptionally(e);
            throw e;
        }
    }

    private List<String> topics() {
        return config.projection().computers() ? List.of(Topics.ACTIVITY_EVENTS, Topics.COMPUTER_EVENTS)
                : List.of(Topics.ACTIVITY_EVENTS);
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
