package io.activityplatform.service.publishing;

import io.activityplatform.service.config.PlatformConfig;
import io.activityplatform.service.projection.ProjectionWatermark;
import io.activityplatform.service.projection.RecordPosition;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * A 2xx from a command means the change is visible to a GET on any replica: publish, then wait (bounded)
 * until this service's view has applied the record. False means the bound passed: answer 202.
 */
@ApplicationScoped
public class ReadYourWrites {

    private final EventPublisher publisher;
    private final ProjectionWatermark watermark;
    private final PlatformConfig config;
    private final io.micrometer.core.instrument.MeterRegistry registry;

    public ReadYourWrites(EventPublisher publisher, ProjectionWatermark watermark, PlatformConfig config,
            io.micrometer.core.instrument.MeterRegistry registry) {
        this.registry = registry;
        this.publisher = publisher;
        this.watermark = watermark;
        this.config = config;
    }

    /** Waits until every position is applied; true if all were within the bound. */
    public Uni<Boolean> awaitApplied(List<RecordPosition> positions) {
        Uni<Boolean> all = Uni.createFrom().item(true);
        for (RecordPosition position : positions) {
            all = all.flatMap(ok -> ok ? watermark.awaitApplied(position, config.readYourWritesTimeout())
                    : Uni.createFrom().item(false));
        }
        Uni<Boolean> waited = all;
        return Uni.createFrom().deferred(() -> {
            long started = System.nanoTime();
            return waited.invoke(ok -> registry.timer(io.activityplatform.service.metrics.MetricNames.READ_YOUR_WRITES_WAIT,
                    "outcome", ok ? "applied" : "timed_out")
                    .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS));
        });
    }

    public EventPublisher publisher() {
        return publisher;
    }
}
