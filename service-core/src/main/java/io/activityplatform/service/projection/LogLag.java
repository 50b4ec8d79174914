package io.activityplatform.service.projection;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * The records in the log that the view has not applied: per owned partition, the log end minus the applied
 * offset stored with the view (or minus the log start when nothing is applied yet). Measured against the
 * applied offsets, not the consumer's position, so a batch that keeps failing shows its records as lag
 * instead of 0. The log ends are asked of the broker at most once a second; only the consumer thread calls it.
 */
final class LogLag {

    private static final long REFRESH_NANOS = Duration.ofSeconds(1).toNanos();
    private static final Duration BROKER_TIMEOUT = Duration.ofMillis(500);

    private final Map<TopicPartition, Long> ends = new HashMap<>();
    private final Map<TopicPartition, Long> starts = new HashMap<>();
    private long refreshedAt = System.nanoTime() - REFRESH_NANOS;

    /** @param force ask the broker now (after a failure), not only once a second */
    long measure(Consumer<String, byte[]> consumer, Map<String, Long> applied, boolean force) {
        return measure(consumer, applied, force, (tp, lag) -> { });
    }

    /** As {@link #measure(Consumer, Map, boolean)}, also telling {@code perPartition} each owned partition's lag. */
    long measure(Consumer<String, byte[]> consumer, Map<String, Long> applied, boolean force,
            java.util.function.ObjLongConsumer<TopicPartition> perPartition) {
        Set<TopicPartition> owned = consumer.assignment();
        if (owned.isEmpty()) {
            return 0;
        }
        if (force || System.nanoTime() - refreshedAt >= REFRESH_NANOS || !ends.keySet().containsAll(owned)) {
            refresh(consumer, owned);
        }
        long total = 0;
        for (TopicPartition tp : owned) {
            Long end = ends.get(tp);
            if (end == null) {
                continue;
            }
            Long done = applied.get(ProjectionOffsets.key(tp.topic(), tp.partition()));
            long next = done != null ? done + 1 : starts.getOrDefault(tp, 0L);
            long partitionLag = Math.max(0, end - next);
            perPartition.accept(tp, partitionLag);
            total += partitionLag;
        }
        return total;
    }

    private void refresh(Consumer<String, byte[]> consumer, Set<TopicPartition> owned) {
        refreshedAt = System.nanoTime();
        try {
            ends.putAll(consumer.endOffsets(owned, BROKER_TIMEOUT));
            starts.putAll(consumer.beginningOffsets(owned, BROKER_TIMEOUT));
        } catch (RuntimeException e) {
            // Broker unreachable: keep the last known ends, the lag can only be larger than shown.
        }
    }
}
