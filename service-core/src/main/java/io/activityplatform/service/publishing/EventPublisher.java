package io.activityplatform.service.publishing;

import io.activityplatform.events.codec.CloudEventHeaders;
import io.activityplatform.events.codec.EventCodec;
import io.activityplatform.events.codec.Topics;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.ComputerEvent;
import io.activityplatform.service.config.PlatformConfig;
import io.activityplatform.service.projection.RecordPosition;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Appends events to the log: JSON value, CloudEvents headers, keyed by activity (or computer) id so each
 * one's events stay in order. Idempotent and acks=all, so a retried send neither loses nor duplicates.
 * Answers with the record's position, which read-your-writes waits for.
 */
@ApplicationScoped
public class EventPublisher {

    private final KafkaProducer<String, byte[]> producer;
    /** Adds ce_traceparent under a producer span (issue 14); the only tracing hook in this class. */
    @jakarta.inject.Inject
    io.activityplatform.service.tracing.EventTracing tracing;

    public EventPublisher(PlatformConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, config.serviceName() + "-publisher");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        this.producer = new KafkaProducer<>(p);
    }

    public Uni<RecordPosition> publish(ActivityEvent event) {
        return send(Topics.ACTIVITY_EVENTS, event.activityId().toString(), EventCodec.encode(event),
                CloudEventHeaders.of(event));
    }

    /** Publishes several events; positions come back in the same order. */
    public Uni<List<RecordPosition>> publishAll(List<? extends ActivityEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Uni.join().all(events.stream().map(this::publish).toList()).andFailFast();
    }

    public Uni<RecordPosition> publish(ComputerEvent event) {
        return send(Topics.COMPUTER_EVENTS, event.computerId(), EventCodec.encode(event), CloudEventHeaders.of(event));
    }

    /** Appends raw bytes, e.g. a deliberately malformed record in a test. */
    public Uni<RecordPosition> publishRaw(String topic, String key, byte[] value) {
        return send(topic, key, value, Map.of());
    }

    private Uni<RecordPosition> send(String topic, String key, byte[] value, Map<String, byte[]> headers) {
        return tracing == null ? sendRecord(topic, key, value, headers)
                : tracing.publish(topic, key, headers, traced -> sendRecord(topic, key, value, traced));
    }

    private Uni<RecordPosition> sendRecord(String topic, String key, byte[] value, Map<String, byte[]> headers) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, null, key, value,
                headers.entrySet().stream().map(h -> new RecordHeader(h.getKey(), h.getValue()))
                        .map(org.apache.kafka.common.header.Header.class::cast).toList());
        return Uni.createFrom().emitter(emitter -> producer.send(record, (metadata, error) -> {
            if (error != null) {
                emitter.fail(error);
            } else {
                emitter.complete(new RecordPosition(metadata.topic(), metadata.partition(), metadata.offset()));
            }
        }));
    }

    void onStop(@Observes ShutdownEvent event) {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
