package io.activityplatform.jobs.support;

import io.activityplatform.events.codec.Decoded;
import io.activityplatform.events.codec.EventCodec;
import io.activityplatform.events.codec.Topics;
import io.activityplatform.events.event.ActivityEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Utils;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads the log itself (not a view): every event ever published for a key, rejected ones included. */
@ApplicationScoped
public class ActivityLog {

    private final String bootstrapServers;

    public ActivityLog(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** The activity's events in log order, up to the current end of the log. */
    public List<ActivityEvent> events(UUID activityId) {
        return read(Topics.ACTIVITY_EVENTS, activityId.toString()).stream()
                .map(record -> EventCodec.decodeActivityEvent(record.value()))
                .filter(decoded -> decoded instanceof Decoded.Event<ActivityEvent>)
                .map(decoded -> ((Decoded.Event<ActivityEvent>) decoded).event()).toList();
    }

    /** The records of an activity on {@code activity-events}, headers included. */
    public List<ConsumerRecord<String, byte[]>> activityRecords(UUID activityId) {
        return read(Topics.ACTIVITY_EVENTS, activityId.toString());
    }

    /** The records of a computer on {@code computer-events}, headers included. */
    public List<ConsumerRecord<String, byte[]>> computerRecords(String computerId) {
        return read(Topics.COMPUTER_EVENTS, computerId);
    }

    private List<ConsumerRecord<String, byte[]>> read(String topic, String key) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p)) {
            // The producer's default partitioner: murmur2 of the key, so only the activity's partition is read.
            int count = consumer.partitionsFor(topic).size();
            byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
            List<TopicPartition> partitions = List.of(new TopicPartition(topic,
                    Utils.toPositive(Utils.murmur2(keyBytes)) % count));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        records.add(record);
                    }
                }
            }
            return records;
        }
    }
}
