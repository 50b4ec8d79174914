package io.activityplatform.api.testsupport;

import static org.awaitility.Awaitility.await;

import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.service.projection.ProjectionWatermark;
import io.activityplatform.service.projection.RecordPosition;
import io.activityplatform.service.publishing.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * Plays the other services for reaction tests: publishes creates and status changes to the real log, as the
 * message-system or job-handler would, and waits until this service's projection has applied them.
 */
@ApplicationScoped
public class EventLog {

    public static final Duration BOUND = Duration.ofSeconds(30);

    private final EventPublisher publisher;
    private final ProjectionWatermark watermark;
    private final Clock clock;

    public EventLog(EventPublisher publisher, ProjectionWatermark watermark, Clock clock) {
        this.publisher = publisher;
        this.watermark = watermark;
        this.clock = clock;
    }

    /**
     * A new QUEUED activity with the given definition (without an account: the default test tokens' account);
     * returns its id once projected.
     */
    public UUID create(ActivityDefinition definition) {
        UUID id = UUID.randomUUID();
        ActivityDefinition owned = definition.accountId() != null ? definition
                : definition.withAccount(io.activityplatform.service.security.TestTokens.ACCOUNT);
        apply(new ActivityCreated(UUID.randomUUID(), id, clock.instant(), Actor.user("alice"), "test", owned,
                ActivityStatus.QUEUED));
        return id;
    }

    /** Runs a (client) activity at status version {@code version} to a final status, as the message-system. */
    public void finish(UUID id, int version, ActivityStatus outcome) {
        move(id, ActivityStatus.IN_PROGRESS, version);
        move(id, outcome, version + 1);
    }

    public void move(UUID id, ActivityStatus to, int expectedVersion) {
        apply(new StatusChanged(UUID.randomUUID(), id, clock.instant(), Actor.service("message-system"),
                "message-system", null, to, expectedVersion, "moved by test", null, null));
    }

    public RecordPosition apply(ActivityEvent event) {
        RecordPosition position = publisher.publish(event).await().atMost(BOUND);
        await().atMost(BOUND).until(() -> watermark.hasApplied(position));
        return position;
    }
}
