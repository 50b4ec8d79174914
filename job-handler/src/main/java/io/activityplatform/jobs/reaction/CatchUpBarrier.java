package io.activityplatform.jobs.reaction;

import io.activityplatform.service.config.KafkaConnection;
import io.activityplatform.events.codec.Topics;
import io.activityplatform.service.projection.ProjectionWatermark;
import io.activityplatform.service.projection.RecordPosition;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Holds crash recovery back until the view has applied the log as it stood when this process started (or
 * when a rebuild began). A view still refolding would show finished activities as IN_PROGRESS, and resuming
 * one of those would run it twice. Claims and conditional reactions need no barrier: a stale view only makes
 * them lose.
 */
@ApplicationScoped
public class CatchUpBarrier {

    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(10);

    private final ProjectionWatermark watermark;
    private final KafkaConnection connection;
    private volatile List<RecordPosition> targets;
    private volatile boolean caughtUp;

    public CatchUpBarrier(ProjectionWatermark watermark,
            KafkaConnection connection) {
        this.watermark = watermark;
        this.connection = connection;
    }

    /** Blocking (reads the log end once); call it from the reactor thread. */
    public boolean caughtUp() {
        if (caughtUp) {
            return true;
        }
        if (targets == null) {
            targets = logEnd();
        }
        caughtUp = targets.stream().allMatch(p -> watermark.awaitApplied(p, Duration.ZERO).await().atMost(KAFKA_TIMEOUT));
        return caughtUp;
    }

    /** The view is being rebuilt: wait for the log end again. */
    public void reset() {
        caughtUp = false;
        targets = null;
    }

    private List<RecordPosition> logEnd() {
        Properties p = connection.properties();
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ACTIVITY_EVENTS, KAFKA_TIMEOUT).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            List<RecordPosition> ends = new ArrayList<>();
            for (Map.Entry<TopicPartition, Long> end : consumer.endOffsets(partitions, KAFKA_TIMEOUT).entrySet()) {
                if (end.getValue() > 0) {
                    ends.add(new RecordPosition(end.getKey().topic(), end.getKey().partition(), end.getValue() - 1));
                }
            }
            return ends;
        }
    }
}
