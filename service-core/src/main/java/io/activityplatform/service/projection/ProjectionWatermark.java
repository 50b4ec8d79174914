package io.activityplatform.service.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * How far this service's view has applied each partition, for read-your-writes, claims and lag.
 *
 * <p>Waiting is notified, not polled per waiter (issue 10): a waiter for a partition this replica consumes
 * completes from the projection's after-commit signal ({@link #advance}, called once the batch's transaction
 * committed). For a partition another replica of the service consumes, one shared watcher per replica reads
 * {@code projection_offsets} once per interval, for all waiters at once, and only while some wait: a command
 * costs no database round trip of its own however long it waits. Waiters are bounded; beyond the bound a
 * wait answers "not applied" at once (a command then answers 202).
 */
@ApplicationScoped
public class ProjectionWatermark {

    private static final Logger LOG = Logger.getLogger(ProjectionWatermark.class);
    static final Duration WATCH_INTERVAL = Duration.ofMillis(50);
    static final int MAX_WAITERS = 20_000;

    private final Map<String, Long> applied = new ConcurrentHashMap<>();
    private final Set<Waiter> waiters = ConcurrentHashMap.newKeySet();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicBoolean watching = new AtomicBoolean();
    private final AtomicLong watcherQueries = new AtomicLong();
    private final Pool pool;

    public ProjectionWatermark(Pool pool) {
        this.pool = pool;
    }

    /** After commit: the view has applied the partition up to {@code offset}. */
    void advance(String topic, int partition, long offset) {
        applied.merge(ProjectionOffsets.key(topic, partition), offset, Math::max);
        release(ProjectionOffsets.key(topic, partition), offset);
    }

    void forget() {
        applied.clear();
    }

    /** Applied offsets by {@code topic:partition}, as this replica last committed them. */
    public Map<String, Long> applied() {
        return Map.copyOf(applied);
    }

    public boolean hasApplied(RecordPosition position) {
        Long offset = applied.get(ProjectionOffsets.key(position.topic(), position.partition()));
        return offset != null && offset >= position.offset();
    }

    /** Completes with true once the view has applied the record, or false when {@code bound} passes first. */
    public Uni<Boolean> awaitApplied(RecordPosition position, Duration bound) {
        if (hasApplied(position)) {
            return Uni.createFrom().item(true);
        }
        if (bound.isZero()) {
            return appliedInDatabase(position);
        }
        return Uni.createFrom().<Boolean>emitter(emitter -> {
            if (waiting.incrementAndGet() > MAX_WAITERS) {
                waiting.decrementAndGet();
                emitter.complete(false);
                return;
            }
            Waiter waiter = new Waiter(ProjectionOffsets.key(position.topic(), position.partition()),
                    position.offset(), emitter::complete);
            waiters.add(waiter);
            emitter.onTermination(() -> {
                if (waiters.remove(waiter)) {
                    waiting.decrementAndGet();
                }
            });
            // the record may have been applied between the first check and the registration
            if (hasApplied(position)) {
                waiter.complete();
            }
            startWatcher();
        }).ifNoItem().after(bound).recoverWithItem(false);
    }

    /** A single look, for a caller that does not wait (e.g. a catch-up check across all partitions). */
    private Uni<Boolean> appliedInDatabase(RecordPosition position) {
        return pool.preparedQuery("select applied_offset from projection_offsets where topic = $1 and partition_id = $2")
                .execute(Tuple.of(position.topic(), position.partition()))
                .map(rows -> rows.size() > 0 && rows.iterator().next().getLong(0) >= position.offset());
    }

    /** Queries the shared watcher has made so far (one per interval while anyone waits). */
    public long watcherQueries() {
        return watcherQueries.get();
    }

    private void release(String key, long offset) {
        for (Waiter waiter : waiters) {
            if (waiter.key.equals(key) && waiter.offset <= offset) {
                waiter.complete();
            }
        }
    }

    private void startWatcher() {
        if (watching.compareAndSet(false, true)) {
            watch();
        }
    }

    /** One query for every waiter, then again after the interval while anyone still waits. */
    private void watch() {
        if (waiters.isEmpty()) {
            watching.set(false);
            if (!waiters.isEmpty()) {
                startWatcher();
            }
            return;
        }
        Uni.createFrom().voidItem().onItem().delayIt().by(WATCH_INTERVAL)
                .flatMap(ignored -> {
                    watcherQueries.incrementAndGet();
                    return pool.query("select topic, partition_id, applied_offset from projection_offsets").execute();
                })
                .subscribe().with(rows -> {
                    for (Row row : rows) {
                        release(ProjectionOffsets.key(row.getString("topic"), row.getInteger("partition_id")),
                                row.getLong("applied_offset"));
                    }
                    watch();
                }, failure -> {
                    LOG.debugf("Watermark watcher query failed, retrying: %s", failure.getMessage());
                    watch();
                });
    }

    private static final class Waiter {
        private final String key;
        private final long offset;
        private final java.util.function.Consumer<Boolean> done;
        private final AtomicBoolean completed = new AtomicBoolean();

        Waiter(String key, long offset, java.util.function.Consumer<Boolean> done) {
            this.key = key;
            this.offset = offset;
            this.done = done;
        }

        void complete() {
            if (completed.compareAndSet(false, true)) {
                done.accept(true);
            }
        }
    }
}
