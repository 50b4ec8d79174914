package io.activityplatform.service.projection;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.ObjLongConsumer;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * The records in the log that the view has not applied: per owned partition, the log end minus the applied
 * offset stored with the view (or minus the log start when nothing is applied yet). Measured against the
 * applied offsets, not the consumer's position, so a batch that keeps failing shows its records as lag
 * instead of 0. Only the consumer thread calls it.
 *
 * <p>The log ends come from the consumer's own fetches (each fetch response carries the partition's high
 * watermark: {@link Consumer#currentLag} plus the position), never from a request of their own. Asking the
 * broker once a second, as before, queued a ListOffsets request behind the consumer's fetch parked at the
 * broker on the same connection: the projection thread sat in it for up to {@code fetch.max.wait.ms} (500 ms),
 * and an idle activity waited as long about once in 15 (issue 11, sixth round). Only the log start of a
 * partition nothing of which is applied yet is asked for, once.
 */
final class LogLag {

    private static final Duration BROKER_TIMEOUT = Duration.ofMillis(500);

    private final Map<TopicPartition, Long> ends = new HashMap<>();
    private final Map<TopicPartition, Long> starts = new HashMap<>();

    long measure(Consumer<String, byte[]> consumer, Map<String, Long> applied) {
        return measure(consumer, applied, (tp, lag) -> { });
    }

    /** As {@link #measure(Consumer, Map)}, also telling {@code perPartition} each owned partition's lag. */
    long measure(Consumer<String, byte[]> consumer, Map<String, Long> applied,
            ObjLongConsumer<TopicPartition> perPartition) {
        Set<TopicPartition> owned = consumer.assignment();
        learnStarts(consumer, owned, applied);
        long total = 0;
        for (TopicPartition tp : owned) {
            learnEnd(consumer, tp);
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

    /** The high watermark the last fetch brought; kept when the consumer does not know it (yet). */
    private void learnEnd(Consumer<String, byte[]> consumer, TopicPartition tp) {
        try {
            OptionalLong behind = consumer.currentLag(tp);
            if (behind.isPresent()) {
                ends.merge(tp, consumer.position(tp, Duration.ZERO) + behind.getAsLong(), Math::max);
            }
        } catch (RuntimeException e) {
            // no position yet (just assigned): the next poll's fetch tells
        }
    }

    /** One request, once, for the owned partitions nothing of which is applied and whose start is unknown. */
    private void learnStarts(Consumer<String, byte[]> consumer, Set<TopicPartition> owned,
            Map<String, Long> applied) {
        List<TopicPartition> unknown = owned.stream()
                .filter(tp -> !starts.containsKey(tp)
                        && !applied.containsKey(ProjectionOffsets.key(tp.topic(), tp.partition())))
                .toList();
        if (unknown.isEmpty()) {
            return;
        }
        try {
            starts.putAll(consumer.beginningOffsets(unknown, BROKER_TIMEOUT));
        } catch (RuntimeException e) {
            // broker unreachable: count from 0, the lag can only be larger than shown
        }
        unknown.forEach(tp -> starts.putIfAbsent(tp, 0L));
    }
}
