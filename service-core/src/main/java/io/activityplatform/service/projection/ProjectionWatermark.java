package io.activityplatform.service.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far this service's view has applied each partition, for read-your-writes and lag. The in-memory map
 * covers the partitions this replica consumes; the database covers those another replica of the same
 * service consumes, so a command answered by any replica waits correctly.
 */
@ApplicationScoped
public class ProjectionWatermark {

    private static final Duration POLL = Duration.ofMillis(10);

    private final Map<String, Long> applied = new ConcurrentHashMap<>();
    private final Pool pool;

    public ProjectionWatermark(Pool pool) {
        this.pool = pool;
    }

    void advance(String topic, int partition, long offset) {
        applied.merge(ProjectionOffsets.key(topic, partition), offset, Math::max);
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
        long deadline = System.nanoTime() + bound.toNanos();
        return check(position).flatMap(done -> done ? Uni.createFrom().item(true) : retry(position, deadline));
    }

    private Uni<Boolean> retry(RecordPosition position, long deadline) {
        if (System.nanoTime() > deadline) {
            return Uni.createFrom().item(false);
        }
        return Uni.createFrom().voidItem().onItem().delayIt().by(POLL)
                .flatMap(ignored -> check(position))
                .flatMap(done -> done ? Uni.createFrom().item(true) : retry(position, deadline));
    }

    private Uni<Boolean> check(RecordPosition position) {
        if (hasApplied(position)) {
            return Uni.createFrom().item(true);
        }
        return pool.preparedQuery("select applied_offset from projection_offsets where topic = $1 and partition_id = $2")
                .execute(Tuple.of(position.topic(), position.partition()))
                .map(rows -> rows.size() > 0 && rows.iterator().next().getLong(0) >= position.offset());
    }
}
