package io.activityplatform.service.claim;

import io.activityplatform.service.projection.ProjectionWatermark;
import io.activityplatform.service.projection.RecordPosition;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Waits for records published together the cheap way (issue 11): once per partition, for its highest
 * position. A partition's view applies its records in log order, so once the highest is applied every lower
 * one is too; one waiter per partition instead of one per record.
 *
 * <p>Only for a partition whose highest record is not applied within the bound is each record looked at on
 * its own, without waiting ({@link ProjectionWatermark#awaitApplied} with a zero bound): the lower ones may
 * well be applied, and they are then decided as if each had been awaited alone.
 */
final class BatchWait {

    private BatchWait() {
    }

    /** Per position, in order: whether the view applied it within {@code bound}. */
    static Uni<List<Boolean>> applied(ProjectionWatermark watermark, List<RecordPosition> positions, Duration bound) {
        if (positions.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Map<Partition, RecordPosition> highest = new LinkedHashMap<>();
        positions.forEach(p -> highest.merge(Partition.of(p), p, (a, b) -> a.offset() >= b.offset() ? a : b));
        List<RecordPosition> awaited = List.copyOf(highest.values());
        return Uni.join().all(awaited.stream().map(p -> watermark.awaitApplied(p, bound)).toList()).andFailFast()
                .flatMap(results -> {
                    Set<Partition> late = IntStream.range(0, awaited.size())
                            .filter(i -> !results.get(i)).mapToObj(i -> Partition.of(awaited.get(i)))
                            .collect(Collectors.toSet());
                    if (late.isEmpty()) {
                        return Uni.createFrom().item(positions.stream().map(p -> true).toList());
                    }
                    return Uni.join().all(positions.stream().map(p -> late.contains(Partition.of(p))
                            ? watermark.awaitApplied(p, Duration.ZERO) : Uni.createFrom().item(true)).toList())
                            .andFailFast();
                });
    }

    private record Partition(String topic, int partition) {
        static Partition of(RecordPosition position) {
            return new Partition(position.topic(), position.partition());
        }
    }
}
