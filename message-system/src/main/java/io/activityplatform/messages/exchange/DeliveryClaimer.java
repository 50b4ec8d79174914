package io.activityplatform.messages.exchange;

import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.rules.DeliveryRule;
import io.activityplatform.events.rules.DependencyRule;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.messages.config.MessagesConfig;
import io.activityplatform.messages.domain.Delivery;
import io.activityplatform.messages.domain.ServerMessage;
import io.activityplatform.messages.repository.ClientActivityQueries;
import io.activityplatform.messages.repository.DeliveryClaimLedger;
import io.activityplatform.messages.repository.DeliveryRepository;
import io.activityplatform.service.claim.Claim;
import io.activityplatform.service.claim.Claims;
import io.activityplatform.service.projection.ActivityViewStore;
import io.activityplatform.service.reactive.InTurn;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Seed 000 steps 2–4 with service-core's {@link Claims}: each due activity of the computer gets IN_PROGRESS
 * with the version seen and a fresh event id, recorded in the delivery claim ledger first; only the claims the
 * fold recorded are handed to the outbox. A lost race (an operator's cancel, another replica, a deadline
 * reaction) is simply not delivered.
 */
@ApplicationScoped
public class DeliveryClaimer {

    private final ClientActivityQueries queries;
    private final ActivityViewStore view;
    private final ActivityEvents events;
    private final Claims claims;
    private final DeliveryClaimLedger ledger;
    private final DeliveryRepository deliveries;
    private final MessagesConfig config;
    private final Pool pool;
    private final Clock clock;
    /** Field-injected so the metrics hook leaves the constructor alone. */
    @jakarta.inject.Inject
    io.activityplatform.messages.metrics.ExchangeMetrics metrics;
    /** Field-injected like the metrics: each hand-over is a span in the activity's trace (issue 14). */
    @jakarta.inject.Inject
    ActivitySpans spans;

    public DeliveryClaimer(ClientActivityQueries queries, ActivityViewStore view, ActivityEvents events,
            Claims claims, DeliveryClaimLedger ledger, DeliveryRepository deliveries, MessagesConfig config,
            Pool pool, Clock clock) {
        this.queries = queries;
        this.view = view;
        this.events = events;
        this.claims = claims;
        this.ledger = ledger;
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
     * Delivery claims whose hand-over never happened (the replica stopped in between, or the claim was applied
     * only after the wait), found by the claim's event id in the ledger: never a claim made to end.
     */
    private Uni<Integer> recoverOrphans(String computerId) {
        return queries.orphanClaims(computerId).flatMap(states -> handOver(computerId, states));
    }

    private Uni<List<ActivityState>> due(List<ActivityState> candidates, Instant now) {
        List<ActivityState> due = candidates.stream().filter(s -> DeliveryRule.isDue(s, now)).toList();
        List<UUID> awaited = due.stream().filter(s -> s.status() == ActivityStatus.WAITING)
                .map(s -> s.definition().waitFor() == null ? null : s.definition().waitFor().activityId())
                .filter(Objects::nonNull).toList();
        return view.load(pool, awaited).map(states -> due.stream().filter(s -> s.status() != ActivityStatus.WAITING
                || DependencyRule.verdict(s.definition().waitFor(), awaitedState(s, states))
                        == DependencyRule.Verdict.SATISFIED).toList());
    }

    private static ActivityState awaitedState(ActivityState waiting, Map<UUID, ActivityState> states) {
        return waiting.definition().waitFor() == null || waiting.definition().waitFor().activityId() == null ? null
                : states.get(waiting.definition().waitFor().activityId());
    }

    private Uni<List<ActivityState>> claim(String computerId, List<ActivityState> due) {
        List<StatusChanged> claimEvents = due.stream().map(s -> events.claim(s, computerId)).toList();
        return claims.claimAll(claimEvents, ledger.forComputer(computerId), config.exchange().claimTimeout())
                .map(results -> results.stream().filter(Claim::won).map(Claim::state).toList())
                .invoke(won -> metrics.claims(claimEvents.size(), won.size()));
    }

    private Uni<Integer> handOver(String computerId, List<ActivityState> won) {
        return InTurn.count(won, state -> {
            Delivery delivery = new Delivery(state.id(), computerId, state.claimEventId(), clock.instant(), null,
                    null, 0);
            ServerMessage execute = ServerMessage.execute(state.id(), state.type(), state.definition().parameters(),
                    state.definition().timeoutSeconds());
            return spans.within("deliver " + state.type(), state, state.claimEventId(),
                    () -> deliveries.deliver(delivery, execute)
                            .call(queued -> ledger.forget(state.claimEventId())));
        });
    }
}
