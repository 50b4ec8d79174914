package io.activityplatform.api.retry.service;

import io.activityplatform.api.retry.config.RetryConfig;
import io.activityplatform.api.retry.repository.RetryQueries;
import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.service.config.PlatformConfig;
import io.activityplatform.service.projection.ActivityViewStore;
import io.activityplatform.service.projection.ProjectionStats;
import io.activityplatform.service.publishing.EventPublisher;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Creates the next attempt of FAILED activities with attempts left. Fed by the projection (right after a
 * failure is committed) and by the catch-up scan (failures whose reaction was lost to a crash).
 *
 * <p>Idempotent by construction: the attempt id is derived, so a second create is rejected by the fold. Two
 * cheap guards avoid even publishing most duplicates: attempts already in the view are skipped, and an attempt
 * published but not yet projected is remembered ({@link #inFlight}) until its create comes back through the log.
 */
@ApplicationScoped
public class AutomaticRetries {

    private final EventPublisher publisher;
    private final ActivityViewStore view;
    private final RetryQueries queries;
    private final ProjectionStats projection;
    private final RetryConfig config;
    private final Pool pool;
    private final Clock clock;
    private final Actor actor;
    private final String source;
    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();

    public AutomaticRetries(EventPublisher publisher, ActivityViewStore view, RetryQueries queries,
            ProjectionStats projection, RetryConfig config, PlatformConfig platform, Pool pool, Clock clock) {
        this.publisher = publisher;
        this.view = view;
        this.queries = queries;
        this.projection = projection;
        this.config = config;
        this.pool = pool;
        this.clock = clock;
        this.actor = Actor.service(platform.serviceName());
        this.source = platform.serviceName();
    }

    /** Whether reacting now is useful: the projection is close enough to the log end to show existing attempts. */
    public boolean caughtUp() {
        return config.enabled() && projection.snapshot().lag() <= config.maxProjectionLag();
    }

    /** Publishes the next attempt of each of these FAILED activities that has attempts left and none yet. */
    public Uni<Integer> retry(Collection<ActivityState> failed) {
        List<ActivityCreated> creates = failed.stream()
                .flatMap(state -> RetryAttempts.automatic(state, actor, source, clock.instant()).stream())
                .filter(create -> !inFlight.contains(create.activityId()))
                .toList();
        if (creates.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return view.load(pool, creates.stream().map(ActivityCreated::activityId).toList())
                .map(existing -> creates.stream().filter(c -> !existing.containsKey(c.activityId()))
                        .filter(c -> inFlight.add(c.activityId())).toList())
                .flatMap(missing -> publisher.publishAll(missing)
                        .onFailure().invoke(e -> missing.forEach(c -> inFlight.remove(c.activityId())))
                        .replaceWith(missing.size()));
    }

    /** One catch-up pass over the view. */
    public Uni<Integer> scan() {
        if (!caughtUp()) {
            return Uni.createFrom().item(0);
        }
        return queries.failedWithoutNextAttempt(config.scanBatchSize()).flatMap(this::retry);
    }

    /** The log has brought back these creates (applied or rejected): they are no longer in flight. */
    void projected(Collection<UUID> createdIds) {
        if (!inFlight.isEmpty()) {
            inFlight.removeAll(createdIds);
        }
    }
}
