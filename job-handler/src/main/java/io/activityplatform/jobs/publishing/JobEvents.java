package io.activityplatform.jobs.publishing;

import io.activityplatform.events.event.ActivityError;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.ProgressReported;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.events.rules.Reaction;
import io.activityplatform.service.config.PlatformConfig;
import io.activityplatform.service.projection.RecordPosition;
import io.activityplatform.service.publishing.EventPublisher;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The events this service emits, all with the same actor ({@code service:job-handler}), source and clock.
 * Every status change is conditional on the version its producer saw; a fresh event id makes it recognisable
 * ("did my claim win?").
 */
@ApplicationScoped
public class JobEvents {

    private final EventPublisher publisher;
    private final Clock clock;
    private final String source;
    private final Actor actor;

    public JobEvents(EventPublisher publisher, PlatformConfig platform, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
        this.source = platform.serviceName();
        this.actor = Actor.service(platform.serviceName());
    }

    /** Who this service is in events; its claims carry it, which is how it recognises its own work. */
    public Actor actor() {
        return actor;
    }

    public StatusChanged claim(ActivityState seen, String reason) {
        return change(seen.id(), seen.status(), seen.statusVersion(), ActivityStatus.IN_PROGRESS, reason, null, null);
    }

    public StatusChanged fromReaction(Reaction reaction) {
        return change(reaction.activityId(), reaction.from(), reaction.expectedVersion(), reaction.to(),
                reaction.reason(), null, reaction.error());
    }

    public StatusChanged change(UUID activityId, ActivityStatus from, int expectedVersion, ActivityStatus to,
            String reason, ActivityResult result, ActivityError error) {
        return new StatusChanged(UUID.randomUUID(), activityId, clock.instant(), actor, source, from, to,
                expectedVersion, reason, result, error);
    }

    public ProgressReported progress(UUID activityId, Integer percent, String output, long sequence) {
        return new ProgressReported(UUID.randomUUID(), activityId, clock.instant(), actor, source, percent, output,
                sequence, false);
    }

    /**
     * Sends from a worker thread: a chain may continue on an event loop after a database call, and the Kafka
     * producer's send can block (metadata, full buffer), which an event loop must never do.
     */
    public Uni<RecordPosition> publish(ActivityEvent event) {
        return publisher.publish(event).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    public Uni<List<RecordPosition>> publishAll(List<? extends ActivityEvent> batch) {
        return publisher.publishAll(batch).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
