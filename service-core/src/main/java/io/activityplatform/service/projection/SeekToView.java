package io.activityplatform.service.projection;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Seeks newly assigned partitions to just past the offsets stored with the view. Runs inside poll(), on the
 * {@link ProjectionConsumer}'s thread; the batch in flight is finished first so no partition changes hands
 * mid-write.
 */
final class SeekToView implements ConsumerRebalanceListener {

    private static final Logger LOG = Logger.getLogger(SeekToView.class);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Runnable finishInFlight;
    private final AppliedOffsets applied;
    private final ProjectionWatermark watermark;
    private final ProjectionWriter writer;
    private final ProjectionStats stats;
    private final BooleanSupplier running;
    private final PartitionOwnership ownership;

    SeekToView(KafkaConsumer<String, byte[]> consumer, Runnable finishInFlight, AppliedOffsets applied,
            ProjectionWatermark watermark, ProjectionWriter writer, ProjectionStats stats, BooleanSupplier running,
            PartitionOwnership ownership) {
        this.consumer = consumer;
        this.finishInFlight = finishInFlight;
        this.applied = applied;
        this.watermark = watermark;
        this.writer = writer;
        this.stats = stats;
        this.running = running;
        this.ownership = ownership;
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        finishInFlight.run();
        writer.partitionsMoved();
        Map<String, Long> stored = loadOffsetsPatiently();
        applied.adopt(partitions, stored);
        for (TopicPartition tp : partitions) {
            Long offset = stored.get(ProjectionOffsets.key(tp.topic(), tp.partition()));
            if (offset != null) {
                watermark.advance(tp.topic(), tp.partition(), offset);
            }
        }
        applied.seek(consumer, partitions);
        for (TopicPartition tp : partitions) {
            Long offset = stored.get(ProjectionOffsets.key(tp.topic(), tp.partition()));
            ownership.assigned(tp, offset == null ? -1 : offset);
        }
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        finishInFlight.run();
        writer.partitionsMoved();
        ownership.revoked(partitions);
        applied.forget(partitions);
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
        // Another replica may already project these: stop claiming them before anything else.
        ownership.revoked(partitions);
        onPartitionsRevoked(partitions);
    }

    private Map<String, Long> loadOffsetsPatiently() {
        long backoffMs = 100;
        while (running.getAsBoolean()) {
            try {
                return new HashMap<>(writer.appliedOffsets().await().atMost(Duration.ofSeconds(30)));
            } catch (RuntimeException e) {
                stats.failed(e);
                LOG.warnf("Cannot read projection offsets yet (%s); retrying", e.getMessage());
                ProjectionConsumer.pause(backoffMs);
                backoffMs = Math.min(backoffMs * 2, 5_000);
            }
        }
        return Map.of();
    }
}
