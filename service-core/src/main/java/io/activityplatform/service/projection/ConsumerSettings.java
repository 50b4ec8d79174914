package io.activityplatform.service.projection;

import io.activityplatform.service.config.KafkaConnection;
import io.activityplatform.service.config.PlatformConfig;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Kafka consumer settings of the projection. */
final class ConsumerSettings {

    private ConsumerSettings() {
    }

    static Properties of(PlatformConfig config, KafkaConnection connection) {
        Properties p = connection.properties();
        // One group per service: replicas of a service split the partitions, services each read everything.
        p.put(ConsumerConfig.GROUP_ID_CONFIG, config.serviceName());
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, config.serviceName() + "-projection");
        // The view's own offsets table is the truth; Kafka's committed offsets only feed lag tools.
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.projection().maxPollRecords());
        // Written in concurrent groups of partitions, a poll must span several partitions: 256 KiB per partition
        // and fetch (a few hundred records, ~2,000 when lz4-compressed), since a poll drains one partition's
        // fetched records before the next and with 4 MiB a backlog poll of 5,000 came from one partition. A
        // larger record is still returned whole (the limit is not absolute).
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG,
                config.projection().writeParallelism() > 1 ? 256 * 1024 : 4 * 1024 * 1024);
        p.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024 * 1024);
        // A crashed replica's partitions move to the others (or to its restart) after 10 s, not 45.
        p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
        p.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 2_000);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return p;
    }
}
