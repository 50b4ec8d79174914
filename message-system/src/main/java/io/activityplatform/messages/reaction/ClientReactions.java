package io.activityplatform.messages.reaction;

import io.activityplatform.events.event.ActivityError;
import io.activityplatform.events.event.ErrorCodes;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.messages.config.MessagesConfig;
import io.activityplatform.messages.exchange.ActivityEvents;
import io.activityplatform.messages.exchange.DependencyCheck;
import io.activityplatform.messages.repository.ClientActivityQueries;
import io.activityplatform.service.projection.ActivityViewStore;
import io.activityplatform.service.publishing.EventPublisher;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The message-system's reactions for client activities, as periodic scans of its own view (design brief:
 * "who emits what"). Each emits a status change conditional on the version seen, so replicas scanning at
 * once, or an operator acting meanwhile, are settled by the log.
 * <ul>
 *   <li>IN_PROGRESS past {@code timeoutSeconds} → FAILED {@code TIMED_OUT} (the agent then gets a cancel);</li>
 *   <li>not delivered by {@code deliverBefore} → CANCELED {@code DELIVERY_TIMED_OUT} (the client table has no
 *       pending → FAILED move, so the missed deadline is a system cancel with that error code);</li>
 *   <li>WAITING whose dependency is satisfied → QUEUED; whose dependency can no longer be satisfied →
 *       CANCELED {@code DEPENDENCY_FAILED}.</li>
 * </ul>
 */
@ApplicationScoped
public class ClientReactions {

    private final ClientActivityQueries queries;
    private final ActivityViewStore view;
    private final ActivityEvents events;
    private final EventPublisher publisher;
    private final MessagesConfig config;
    private final Pool pool;
    private final Clock clock;

    public ClientReactions(ClientActivityQueries queries, ActivityViewStore view, ActivityEvents events,
            EventPublisher publisher, MessagesConfig config, Pool pool, Clock clock) {
        this.queries = queries;
        this.view = view;
        this.events = events;
        this.publisher = publisher;
        this.config = config;
        this.pool = pool;
        this.clock = clock;
    }

    /** One scan of all three reactions; the item is the number of events emitted. */
    public Uni<Integer> scan() {
        Instant now = clock.instant();
        int limit = config.reactions().batchSize();
        return queries.timedOut(now, limit).map(this::timeouts)
                .flatMap(timeouts -> queries.pastDeliveryDeadline(now, limit)
                        .map(late -> concat(timeouts, deadlines(late))))
                .flatMap(emitted -> queries.waitingDecidable(limit).flatMap(this::dependencies)
                        .map(released -> concat(emitted, released)))
                .flatMap(all -> publisher.publishAll(all).map(List::size));
    }

    private List<StatusChanged> timeouts(List<ActivityState> running) {
        return running.stream().map(s -> events.reaction(s, "timeout", ActivityStatus.FAILED,
                "no result within " + s.definition().timeoutSeconds() + " s",
                new ActivityError(ErrorCodes.TIMED_OUT, "execution exceeded "
                        + s.definition().timeoutSeconds() + " seconds"))).toList();
    }

    private List<StatusChanged> deadlines(List<ActivityState> late) {
        return late.stream().map(s -> events.reaction(s, "delivery-deadline", ActivityStatus.CANCELED,
                "not delivered before " + s.definition().deliverBefore(),
                new ActivityError(ErrorCodes.DELIVERY_TIMED_OUT, "the computer did not exchange before "
                        + s.definition().deliverBefore()))).toList();
    }

    private Uni<List<StatusChanged>> dependencies(List<ActivityState> waiting) {
        List<UUID> awaited = waiting.stream().map(s -> s.definition().waitFor().activityId())
                .filter(Objects::nonNull).distinct().toList();
        return view.load(pool, awaited).map(states -> {
            List<StatusChanged> changes = new ArrayList<>();
            for (ActivityState w : waiting) {
                dependencyChange(w, states).ifPresent(changes::add);
            }
            return changes;
        });
    }

    private Optional<StatusChanged> dependencyChange(ActivityState waiting, Map<UUID, ActivityState> states) {
        ActivityState awaited = states.get(waiting.definition().waitFor().activityId());
        return switch (DependencyCheck.evaluate(waiting.definition().waitFor(), awaited)) {
            case SATISFIED -> Optional.of(events.reaction(waiting, "dependency", ActivityStatus.QUEUED,
                    "dependency " + awaited.id() + " satisfied", null));
            case FAILED -> Optional.of(events.reaction(waiting, "dependency", ActivityStatus.CANCELED,
                    "dependency " + awaited.id() + " ended " + awaited.status(),
                    new ActivityError(ErrorCodes.DEPENDENCY_FAILED,
                            "awaited activity " + awaited.id() + " ended " + awaited.status())));
            case PENDING -> Optional.empty();
        };
    }

    private static List<StatusChanged> concat(List<StatusChanged> a, List<StatusChanged> b) {
        List<StatusChanged> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
