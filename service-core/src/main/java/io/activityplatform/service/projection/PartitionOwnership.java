package io.activityplatform.service.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.TopicPartition;

/**
 * Which log partitions this replica's {@link ProjectionConsumer} holds right now, and the view's applied offset
 * of each when it took the partition over. Replicas of a service split the partitions (one consumer group), so
 * in-memory work fed by this replica's after-commit (SSE streams) sees only these, and only what comes after
 * that offset; the rest it must read from what the other replicas committed to the shared database. Updated by
 * the rebalance listener on the consumer thread: assigned after the view's offsets are adopted (before any
 * batch of the partition is written here), revoked or lost after the batch in flight committed.
 */
@ApplicationScoped
public class PartitionOwnership {

    private final Map<TopicPartition, Long> owned = new ConcurrentHashMap<>();

    public boolean owns(String topic, int partition) {
        return owned.containsKey(new TopicPartition(topic, partition));
    }

    /** The view's applied offset of an owned partition when this replica took it over; -1 if none or not owned. */
    public long takenOverAt(String topic, int partition) {
        return owned.getOrDefault(new TopicPartition(topic, partition), -1L);
    }

    /** Called by the rebalance listener only: {@code viewOffset} is the applied offset it seeks past (-1: none). */
    public void assigned(TopicPartition partition, long viewOffset) {
        owned.put(partition, viewOffset);
    }

    /** Called by the rebalance listener only. */
    public void revoked(Collection<TopicPartition> partitions) {
        partitions.forEach(owned::remove);
    }
}
