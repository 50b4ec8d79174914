package io.activityplatform.messages.exchange;

import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.messages.config.MessagesConfig;
import io.activityplatform.messages.domain.Delivery;
import io.activityplatform.messages.domain.ServerMessage;
import io.activityplatform.messages.repository.ClientActivityQueries;
import io.activityplatform.messages.repository.DeliveryRepository;
import io.activityplatform.service.projection.ActivityViewStore;
import io.activityplatform.service.projection.ProjectionWatermark;
import io.activityplatform.service.publishing.EventPublisher;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Seed 000 steps 2–4 with the brief's claims: each due activity of the computer gets IN_PROGRESS with the
 * version seen and a fresh event id; after the own view applied the claims, only those whose claim is the
 * one the fold recorded are handed to the outbox. A lost race (an operator's cancel, another replica) is
 * simply not delivered.
 */
@ApplicationScoped
public class DeliveryClaimer {

    private final ClientActivityQueries queries;
    private final ActivityViewStore view;
    private final ActivityEvents events;
    private final EventPublisher publisher;
    private final ProjectionWatermark watermark;
    private final DeliveryRepository deliveries;
    private final MessagesConfig config;
    private final Pool pool;
    private final Clock clock;
    /** Field-injected so the metrics hook leaves the constructor alone. */
    @jakarta.inject.Inject
    io.activityplatform.messages.metrics.ExchangeMetrics metrics;

    public DeliveryClaimer(ClientActivityQueries queries, ActivityViewStore view, ActivityEvents events,
            EventPublisher publisher, ProjectionWatermark watermark, DeliveryRepository deliveries,
            MessagesConfig config, Pool pool, Clock clock) {
        this.queries = queries;
        this.view = view;
        this.events = events;
        this.publisher = publisher;
        this.watermark = watermark;
        this.deliveries = deliveries;
        this.config = config;
        this.pool = pool;
        this.clock = clock;
    }

    /** Claims and queues what is due for the computer; the item is the number of new deliveries. */
    public Uni<Integer> deliverDue(String computerId) {
        Instant now = clock.instant();
        return recoverOrphans(computerId)
                .flatMap(recovered -> queries.candidates(computerId, now, config.exchange().maxDeliveries())
                        .flatMap(candidates -> due(candidates, now))
                        .flatMap(due -> claim(computerId, due))
                        .flatMap(won -> handOver(computerId, won))
                        .map(delivered -> delivered + recovered));
    }

    /**
     * Claims this service won whose hand-over never happened (the replica stopped in between, or the claim
     * was applied only after the wait). The exchange lease makes this exchange the computer's only one.
     */
    private Uni<Integer> recoverOrphans(String computerId) {
        return queries.orphanClaims(computerId)
                .map(states -> states.stream().filter(s -> events.self().equals(s.claimedBy())).toList())
                .flatMap(states -> handOver(computerId, states));
    }

    private Uni<List<ActivityState>> due(List<ActivityState> candidates, Instant now) {
        List<ActivityState> due = candidates.stream().filter(s -> DeliveryPolicy.isDue(s, now)).toList();
        List<UUID> awaited = due.stream().filter(s -> s.status() == ActivityStatus.WAITING)
                .map(s -> s.definition().waitFor() == null ? null : s.definition().waitFor().activityId())
                .filter(java.util.Objects::nonNull).toList();
        if (awaited.size() == 0) {
            return Uni.createFrom().item(due.stream().filter(s -> s.status() != ActivityStatus.WAITING
                    || s.definition().waitFor() == null).toList());
        }
        return view.load(pool, awaited).map(states -> due.stream().filter(s -> s.status() != ActivityStatus.WAITING
                || DependencyCheck.evaluate(s.definition().waitFor(), awaitedState(s, states))
                        == DependencyCheck.Verdict.SATISFIED).toList());
    }

    private static ActivityState awaitedState(ActivityState waiting, Map<UUID, ActivityState> states) {
        return waiting.definition().waitFor() == null ? null : states.get(waiting.definition().waitFor().activityId());
    }

    private Uni<List<ActivityState>> claim(String computerId, List<ActivityState> due) {
        if (due.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<StatusChanged> claims = due.stream().map(s -> events.claim(s, computerId)).toList();
        Map<UUID, UUID> claimByActivity = claims.stream()
                .collect(Collectors.toMap(StatusChanged::activityId, StatusChanged::eventId));
        return publisher.publishAll(claims)
                .flatMap(positions -> Uni.join().all(positions.stream()
                        .map(p -> watermark.awaitApplied(p, config.exchange().claimTimeout())).toList()).andFailFast())
                .flatMap(applied -> view.load(pool, claimByActivity.keySet()))
                .map(states -> states.values().stream()
                        .filter(s -> s.claimedBy(claimByActivity.get(s.id()))).toList())
                .invoke(won -> metrics.claims(claims.size(), won.size()));
    }

    private Uni<Integer> handOver(String computerId, List<ActivityState> won) {
        Uni<Integer> chain = Uni.createFrom().item(0);
        for (ActivityState state : won) {
            Delivery delivery = new Delivery(state.id(), computerId, state.claimEventId(), clock.instant(), null,
                    null, 0);
            ServerMessage execute = ServerMessage.execute(state.id(), state.type(), state.definition().parameters(),
                    state.definition().timeoutSeconds());
            chain = chain.flatMap(n -> deliveries.deliver(delivery, execute).map(queued -> queued ? n + 1 : n));
        }
        return chain;
    }
}
