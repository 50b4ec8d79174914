package io.activityplatform.service.publishing;

import io.activityplatform.events.codec.CloudEventHeaders;
import io.activityplatform.events.codec.EventCodec;
import io.activityplatform.events.codec.Topics;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.ComputerEvent;
import io.activityplatform.service.config.KafkaConnection;
import io.activityplatform.service.config.PlatformConfig;
import io.activityplatform.service.projection.RecordPosition;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.smallrye.mutiny.subscription.UniEmitter;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Appends events to the log: JSON value, CloudEvents headers, keyed by activity (or computer) id so each
 * one's events stay in order. Idempotent and acks=all, so a retried send neither loses nor duplicates.
 * Answers with the record's position, which read-your-writes waits for.
 *
 * <p>Never blocks its caller, which is often a Vert.x event loop: {@code KafkaProducer.send} may block for
 * metadata or buffer space, so it runs on one publisher thread (one thread keeps the order of sends) behind a
 * bounded queue, with {@code max.block.ms} and {@code delivery.timeout.ms} bounded. Any failure within those
 * bounds surfaces as {@link LogUnavailableException} (a 503 with {@code Retry-After} for commands).
 */
@ApplicationScoped
public class EventPublisher {

    private static final Logger LOG = Logger.getLogger(EventPublisher.class);

    private final KafkaProducer<String, byte[]> producer;
    private final ExecutorService sender;
    private final PlatformConfig.Publishing bounds;

    /** Adds ce_traceparent under a producer span (issue 14); the only tracing hook in this class. */
    @jakarta.inject.Inject
    io.activityplatform.service.tracing.EventTracing tracing;

    public EventPublisher(PlatformConfig config, KafkaConnection connection) {
        Properties p = connection.properties();
        p.put(ProducerConfig.CLIENT_ID_CONFIG, config.serviceName() + "-publisher");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // Send at once when idle (a 2 ms linger was 2 ms of every idle hop, issue 11), and batch under load by
        // letting records gather while the one request in flight is out: as many records per request as a
        // linger would give, without waiting for it when nothing else comes.
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        bounds = config.publishing();
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) bounds.maxBlock().toMillis());
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) bounds.requestTimeout().toMillis());
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) bounds.deliveryTimeout().toMillis());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        this.producer = new KafkaProducer<>(p);
        this.sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(bounds.queueSize()), runnable -> {
                    Thread thread = new Thread(runnable, config.serviceName() + "-publisher-send");
                    thread.setDaemon(true);
                    return thread;
                });
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
        return Uni.createFrom().<RecordPosition>emitter(emitter -> {
            try {
                sender.execute(() -> sendNow(record, emitter));
            } catch (RejectedExecutionException full) {
                emitter.fail(unavailable("the publisher's send queue is full", full));
            }
        });
    }

    /** On the publisher thread: send may block here, up to {@code max.block.ms}, never on an event loop. */
    private void sendNow(ProducerRecord<String, byte[]> record, UniEmitter<? super RecordPosition> emitter) {
        try {
            producer.send(record, (metadata, error) -> {
                if (error != null) {
                    emitter.fail(unavailable("the log did not take the event: " + error.getMessage(), error));
                } else {
                    emitter.complete(new RecordPosition(metadata.topic(), metadata.partition(), metadata.offset()));
                }
            });
        } catch (KafkaException | IllegalStateException e) {
            emitter.fail(unavailable("the log is unreachable: " + e.getMessage(), e));
        }
    }

    private LogUnavailableException unavailable(String message, Throwable cause) {
        LOG.debugf("Publish failed: %s", message);
        return new LogUnavailableException(message, cause, bounds.retryAfter());
    }

    void onStop(@Observes ShutdownEvent event) {
        sender.shutdown();
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
