package io.activityplatform.api.support;

import static org.awaitility.Awaitility.await;

import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.ActivityError;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.ComputerEvent;
import io.activityplatform.events.event.ProgressReported;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.service.projection.ProjectionWatermark;
import io.activityplatform.service.projection.RecordPosition;
import io.activityplatform.service.publishing.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Plays the other services in tests: registers computers and moves activities along by publishing events
 * to the real log, as the message-system or job-handler would, then waits until this service applied them.
 */
@ApplicationScoped
public class LogDriver {

    private static final Duration BOUND = Duration.ofSeconds(30);

    private final EventPublisher publisher;
    private final ProjectionWatermark watermark;
    private final Clock clock;

    public LogDriver(EventPublisher publisher, ProjectionWatermark watermark, Clock clock) {
        this.publisher = publisher;
        this.watermark = watermark;
        this.clock = clock;
    }

    /** A new accepted computer with a unique id. */
    public String computer() {
        String id = "computer-" + UUID.randomUUID();
        register(id, false);
        return id;
    }

    /** A new accepted computer of another account (tenant). */
    public String computerOf(String account) {
        String id = "computer-" + UUID.randomUUID();
        apply(new ComputerEvent.Registered(UUID.randomUUID(), id, clock.instant(), Actor.agent(id), "test",
                account, "Computer " + id, id + ".example", List.of("test"), false));
        return id;
    }

    public void register(String id, boolean pending) {
        apply(new ComputerEvent.Registered(UUID.randomUUID(), id, clock.instant(), Actor.agent(id), "test",
                io.activityplatform.service.security.TestTokens.ACCOUNT, "Computer " + id, id + ".example", List.of("test"), pending));
    }

    public void remove(String id) {
        apply(new ComputerEvent.Removed(UUID.randomUUID(), id, clock.instant(), Actor.service("job-handler"),
                "test", "decommissioned"));
    }

    /** A status change as another service would publish it; returns its event id. */
    public UUID move(UUID activityId, ActivityStatus to, Integer expectedVersion) {
        return move(activityId, to, expectedVersion, null, null);
    }

    public UUID move(UUID activityId, ActivityStatus to, Integer expectedVersion, ActivityResult result,
            ActivityError error) {
        StatusChanged change = new StatusChanged(UUID.randomUUID(), activityId, clock.instant(),
                Actor.service("message-system"), "message-system", null, to, expectedVersion, "moved by test",
                result, error);
        apply(change);
        return change.eventId();
    }

    public void progress(UUID activityId, int percent, String output, long sequence) {
        apply(new ProgressReported(UUID.randomUUID(), activityId, clock.instant(), Actor.agent("agent"),
                "message-system", percent, output, sequence, false));
    }

    public void apply(ActivityEvent event) {
        awaitApplied(publish(event));
    }

    /** Appends without waiting for this service's view. */
    public RecordPosition publish(ActivityEvent event) {
        return publisher.publish(event).await().atMost(BOUND);
    }

    /**
     * An activity created by another producer at a chosen time (the API always uses the clock's now); one without
     * an account belongs to the default test tokens' account.
     */
    public UUID created(ActivityDefinition definition, Instant at, Actor creator, ActivityStatus initial) {
        UUID id = UUID.randomUUID();
        ActivityDefinition owned = definition.accountId() != null ? definition
                : definition.withAccount(io.activityplatform.service.security.TestTokens.ACCOUNT);
        apply(new ActivityCreated(UUID.randomUUID(), id, at, creator, "test", owned, initial));
        return id;
    }

    public void apply(ComputerEvent event) {
        awaitApplied(publisher.publish(event).await().atMost(BOUND));
    }

    public void awaitApplied(RecordPosition position) {
        await().atMost(BOUND).until(() -> watermark.hasApplied(position));
    }
}
