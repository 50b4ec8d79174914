package io.activityplatform.service.publishing;

import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.service.config.KafkaConnection;
import io.activityplatform.service.config.PlatformConfig;
import io.activityplatform.service.projection.RecordPosition;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A publisher for unit tests of the protocols built on it: records the events it is given and answers with
 * consecutive positions, never sending anything (its Kafka producer is created but never used).
 */
public class RecordingPublisher extends EventPublisher implements AutoCloseable {

    public final List<ActivityEvent> published = new CopyOnWriteArrayList<>();
    private final AtomicLong offsets = new AtomicLong();
    private final Consumer<ActivityEvent> onPublish;

    public RecordingPublisher(Consumer<ActivityEvent> onPublish) {
        super(config(), new KafkaConnection(Map.of("bootstrap.servers", "127.0.0.1:9")));
        this.onPublish = onPublish;
    }

    @Override
    public Uni<RecordPosition> publish(ActivityEvent event) {
        return Uni.createFrom().item(() -> {
            onPublish.accept(event);
            published.add(event);
            return new RecordPosition("activity-events", 0, offsets.getAndIncrement());
        });
    }

    @Override
    public void close() {
        onStop(null);
    }

    private static PlatformConfig config() {
        return new PublishingSettings("recording", Duration.ofMillis(100), Duration.ofMillis(100),
                Duration.ofMillis(300), 1, Duration.ofSeconds(1)).config();
    }
}
