package io.activityplatform.service.projection;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * The offsets already in the view for the partitions this replica owns, by {@code topic:partition}: where
 * the consumer seeks on assignment and after a failed batch, and the replay guard of the fold.
 */
final class AppliedOffsets {

    private final Map<String, Long> applied = new ConcurrentHashMap<>();

    Map<String, Long> snapshot() {
        return Map.copyOf(applied);
    }

    void advance(String topic, int partition, long offset) {
        applied.put(ProjectionOffsets.key(topic, partition), offset);
    }

    /** Takes over newly assigned partitions with the offsets stored in the view (none: from the start). */
    void adopt(Collection<TopicPartition> partitions, Map<String, Long> stored) {
        for (TopicPartition tp : partitions) {
            String key = ProjectionOffsets.key(tp.topic(), tp.partition());
            Long offset = stored.get(key);
            if (offset == null) {
                applied.remove(key);
            } else {
                applied.put(key, offset);
            }
        }
    }

    void forget(Collection<TopicPartition> partitions) {
        partitions.forEach(tp -> applied.remove(ProjectionOffsets.key(tp.topic(), tp.partition())));
    }

    void clear() {
        applied.clear();
    }

    /** Seeks each partition to just past its applied offset, or to the beginning when it has none. */
    void seek(Consumer<String, byte[]> consumer, Collection<TopicPartition> partitions) {
        for (TopicPartition tp : partitions) {
            Long offset = applied.get(ProjectionOffsets.key(tp.topic(), tp.partition()));
            if (offset == null) {
                consumer.seekToBeginning(List.of(tp));
            } else {
                consumer.seek(tp, offset + 1);
            }
        }
    }
}
