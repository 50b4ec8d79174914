package io.activityplatform.service.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.TopicPartition;

/**
 * Which log partitions this replica's {@link ProjectionConsumer} holds right now. Replicas of a service split
 * the partitions (one consumer group), so in-memory work fed by this replica's after-commit (SSE streams)
 * sees only these; for the others it must read what the owning replica committed to the shared database.
 * Updated by the rebalance listener on the consumer thread: assigned after the view's offsets are adopted
 * (before any batch of the partition is written here), revoked or lost after the batch in flight committed.
 */
@ApplicationScoped
public class PartitionOwnership {

    private final Set<TopicPartition> owned = ConcurrentHashMap.newKeySet();

    public boolean owns(String topic, int partition) {
        return owned.contains(new TopicPartition(topic, partition));
    }

    /** Called by the rebalance listener only. */
    public void assigned(Collection<TopicPartition> partitions) {
        owned.addAll(partitions);
    }

    /** Called by the rebalance listener only. */
    public void revoked(Collection<TopicPartition> partitions) {
        owned.removeAll(partitions);
    }
}
