package io.activityplatform.jobs.support;

import static org.awaitility.Awaitility.await;

import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.ActivityError;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.ProgressReported;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.event.WaitCondition;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.service.projection.ActivityViewStore;
import io.activityplatform.service.projection.ProjectionWatermark;
import io.activityplatform.service.projection.RecordPosition;
import io.activityplatform.service.publishing.EventPublisher;
import io.activityplatform.service.time.MutableClock;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Plays the other services in tests: creates activities as activity-api would, moves client activities as
 * the message-system would, cancels as an operator would; and reads the job-handler's view.
 */
@ApplicationScoped
public class Activities {

    public static final Duration WAIT = Duration.ofSeconds(60);
    public static final Actor OPERATOR = Actor.user("operator");

    private final EventPublisher publisher;
    private final ActivityViewStore views;
    private final ProjectionWatermark watermark;
    private final MutableClock clock;

    public Activities(EventPublisher publisher, ActivityViewStore views, ProjectionWatermark watermark,
            MutableClock clock) {
        this.publisher = publisher;
        this.views = views;
        this.watermark = watermark;
        this.clock = clock;
    }

    public static ActivityDefinition definition(String type, String computerId, Map<String, Object> parameters,
            Instant deliverAfter, Instant deliverBefore, WaitCondition waitFor, Integer timeoutSeconds) {
        return new ActivityDefinition(type, computerId, null, null, parameters, deliverAfter, deliverBefore, null,
                waitFor, null, timeoutSeconds, 1, null, null);
    }

    public static ActivityDefinition scripted(String script) {
        return ActivityDefinition.of("SyncPocketRequest", null, ScriptedHandlers.parameters(script));
    }

    /** Creates as activity-api would; a definition without an account belongs to the test tokens' account. */
    public UUID create(ActivityDefinition definition, ActivityStatus initial) {
        UUID id = UUID.randomUUID();
        ActivityDefinition owned = definition.accountId() != null ? definition
                : definition.withAccount(io.activityplatform.service.security.TestTokens.ACCOUNT);
        publish(new ActivityCreated(UUID.randomUUID(), id, clock.instant(), OPERATOR, "activity-api", owned,
                initial));
        return id;
    }

    public UUID createClient(ActivityStatus initial) {
        return create(ActivityDefinition.of("ExecuteScriptRequest", "computer-1",
                Map.of("interpreter", "/bin/sh", "code", "true")), initial);
    }

    /** A conditional status change by the given actor, as the version currently in the view expects. */
    public StatusChanged change(UUID id, ActivityStatus to, Actor actor, ActivityError error) {
        ActivityState seen = state(id);
        StatusChanged change = new StatusChanged(UUID.randomUUID(), id, clock.instant(), actor, actor.id(),
                seen.status(), to, seen.statusVersion(), "test: " + actor, null, error);
        publish(change);
        return change;
    }

    /** Ends a running activity with a result, as the message-system does for an agent's report. */
    public void finish(UUID id, ActivityStatus status, ActivityResult result) {
        ActivityState seen = state(id);
        publish(new StatusChanged(UUID.randomUUID(), id, clock.instant(), Actor.agent(seen.computerId()),
                "message-system", seen.status(), status, seen.statusVersion(), "agent reported", result,
                status == ActivityStatus.FAILED ? new ActivityError("EXECUTION_FAILED", "agent reported failure")
                        : null));
    }

    /** A client activity taken through delivery to the given final status. */
    public UUID finishedClient(ActivityDefinition definition, ActivityStatus status, ActivityResult result) {
        UUID id = create(definition, ActivityStatus.QUEUED);
        if (status == ActivityStatus.CANCELED) {
            cancel(id);
            return id;
        }
        change(id, ActivityStatus.IN_PROGRESS, Actor.service("message-system"), null);
        finish(id, status, result);
        return id;
    }

    public void cancel(UUID id) {
        publish(new StatusChanged(UUID.randomUUID(), id, clock.instant(), OPERATOR, "activity-api", null,
                ActivityStatus.CANCELED, null, "canceled by operator", null, null));
    }

    public void progress(UUID id, int percent) {
        ActivityState seen = state(id);
        publish(new ProgressReported(UUID.randomUUID(), id, clock.instant(), Actor.agent("computer-1"),
                "message-system", percent, "at " + percent + "%\n", seen.outputSequence() + 1, false));
    }

    /** Publishes and waits until the job-handler's view applied the record. */
    public RecordPosition publish(ActivityEvent event) {
        RecordPosition position = publisher.publish(event).await().atMost(WAIT);
        await().atMost(WAIT).until(() -> watermark.awaitApplied(position, Duration.ZERO).await().atMost(WAIT));
        return position;
    }

    public Optional<ActivityState> find(UUID id) {
        return views.find(id).await().atMost(WAIT);
    }

    public ActivityState state(UUID id) {
        return find(id).orElseThrow(() -> new AssertionError("activity " + id + " is not in the view"));
    }

    public ActivityState awaitStatus(UUID id, ActivityStatus status) {
        await().atMost(WAIT).until(() -> find(id).map(s -> s.status() == status).orElse(false));
        return state(id);
    }

    public ActivityState awaitFinal(UUID id) {
        await().atMost(WAIT).until(() -> find(id).map(ActivityState::isFinal).orElse(false));
        return state(id);
    }
}
