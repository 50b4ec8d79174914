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
import io.activityplatform.service.projection.ProjectionWatermark;
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
 *   <li>not delivered by {@code deliverBefore} → FAILED {@code DELIVERY_TIMED_OUT}. The client table only lets
 *       IN_PROGRESS fail, so the reaction claims the activity first (as a delivery would, never sending it)
 *       and fails it only once its own claim is applied: an exchange that delivered it first wins;</li>
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
    private final ProjectionWatermark watermark;

    public ClientReactions(ClientActivityQueries queries, ActivityViewStore view, ActivityEvents events,
            EventPublisher publisher, MessagesConfig config, Pool pool, Clock clock, ProjectionWatermark watermark) {
        this.queries = queries;
        this.view = view;
        this.events = events;
        this.publisher = publisher;
        this.config = config;
        this.pool = pool;
        this.clock = clock;
        this.watermark = watermark;
    }

    /** One scan of all three reactions; the item is the number of events emitted. */
    public Uni<Integer> scan() {
        Instant now = clock.instant();
        int limit = config.reactions().batchSize();
        return queries.timedOut(now, limit).map(this::timeouts)
                .flatMap(emitted -> queries.waitingDecidable(limit).flatMap(this::dependencies)
                        .map(released -> concat(emitted, released)))
                .flatMap(all -> publisher.publishAll(all).map(List::size))
                .flatMap(emitted -> queries.pastDeliveryDeadline(now, limit).flatMap(this::failLate)
                        .map(failed -> emitted + failed));
    }

    private List<StatusChanged> timeouts(List<ActivityState> running) {
        return running.stream().map(s -> events.reaction(s, "timeout", ActivityStatus.FAILED,
                "no result within " + s.definition().timeoutSeconds() + " s",
                new ActivityError(ErrorCodes.TIMED_OUT, "execution exceeded "
                        + s.definition().timeoutSeconds() + " seconds"))).toList();
    }

    private Uni<Integer> failLate(List<ActivityState> late) {
        if (late.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return Uni.join().all(late.stream().map(this::failLate).toList()).andCollectFailures()
                .map(done -> (int) done.stream().filter(Boolean::booleanValue).count() * 2);
    }

    /** Claim, wait until the own claim is applied, then fail; false when someone else moved it first. */
    private Uni<Boolean> failLate(ActivityState seen) {
        String reason = "not delivered before " + seen.definition().deliverBefore();
        StatusChanged claim = events.reaction(seen, "delivery-deadline-claim", ActivityStatus.IN_PROGRESS, reason,
                null);
        return publisher.publish(claim)
                .flatMap(position -> watermark.awaitApplied(position, config.exchange().claimTimeout()))
                .flatMap(applied -> view.find(seen.id()))
                .flatMap(state -> state.filter(s -> s.claimedBy(claim.eventId())).map(claimed -> publisher
                        .publish(events.reaction(claimed, "delivery-deadline", ActivityStatus.FAILED, reason,
                                new ActivityError(ErrorCodes.DELIVERY_TIMED_OUT, "the computer did not exchange "
                                        + "before " + seen.definition().deliverBefore())))
                        .replaceWith(true)).orElse(Uni.createFrom().item(false)));
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
