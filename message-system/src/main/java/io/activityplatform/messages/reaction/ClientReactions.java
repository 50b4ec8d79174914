package io.activityplatform.messages.reaction;

import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.rules.DeadlineRule;
import io.activityplatform.events.rules.Decisions;
import io.activityplatform.events.rules.DependencyRule;
import io.activityplatform.events.rules.Reaction;
import io.activityplatform.events.rules.RecoveryRule;
import io.activityplatform.events.rules.TimeoutRule;
import io.activityplatform.messages.config.MessagesConfig;
import io.activityplatform.messages.exchange.ActivityEvents;
import io.activityplatform.messages.repository.ClientActivityQueries;
import io.activityplatform.messages.repository.ClientActivityQueries.Waiting;
import io.activityplatform.messages.repository.DeliveryClaimLedger;
import io.activityplatform.service.claim.Claims;
import io.activityplatform.service.publishing.EventPublisher;
import io.activityplatform.service.scan.KeysetPaging;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The message-system's reactions for client activities: keyset-paged scans of its own view (SQL only
 * pre-filters) fed to common-events' rules, the same rules the job-handler applies to server activities.
 * Each emits a status change conditional on the version seen, with an id derived from it, so replicas
 * scanning at once, or an operator acting meanwhile, are settled by the log.
 * <ul>
 *   <li>{@link TimeoutRule}: the agent then gets a cancel;</li>
 *   <li>{@link DeadlineRule}: claim then end through service-core's {@link Claims}; the claim is in no
 *       delivery ledger, so it is never handed to the agent, and an exchange that claimed first wins;</li>
 *   <li>{@link DependencyRule}: release or cancel a WAITING activity;</li>
 *   <li>{@link RecoveryRule#unfinishedEnd}: a deadline claim whose claimer stopped before ending it.</li>
 * </ul>
 */
@ApplicationScoped
public class ClientReactions {

    private static final Logger LOG = Logger.getLogger(ClientReactions.class);

    private final ClientActivityQueries queries;
    private final ActivityEvents events;
    private final EventPublisher publisher;
    private final Claims claims;
    private final DeliveryClaimLedger ledger;
    private final MessagesConfig config;
    private final Clock clock;

    public ClientReactions(ClientActivityQueries queries, ActivityEvents events, EventPublisher publisher,
            Claims claims, DeliveryClaimLedger ledger, MessagesConfig config, Clock clock) {
        this.queries = queries;
        this.events = events;
        this.publisher = publisher;
        this.claims = claims;
        this.ledger = ledger;
        this.config = config;
        this.clock = clock;
    }

    /** One scan of all reactions; the item is the number of events emitted. */
    public Uni<Integer> scan() {
        Instant now = clock.instant();
        int size = config.reactions().batchSize();
        Instant staleBefore = now.minus(orphanAfter());
        return KeysetPaging.each((after, limit) -> queries.timedOut(now, after, limit), ActivityState::id, size,
                        page -> emit(decide(page, s -> TimeoutRule.evaluate(s, now))))
                .flatMap(sum -> KeysetPaging.each(queries::waitingDecidable, w -> w.waiting().id(), size,
                        page -> emit(decide(page, (Waiting w) -> DependencyRule.evaluate(w.waiting(), w.dependency()))))
                        .map(n -> sum + n))
                .flatMap(sum -> KeysetPaging.each((after, limit) -> queries.pastDeliveryDeadline(now, after, limit),
                        ActivityState::id, size, page -> claimThenEnd(decide(page, s -> DeadlineRule.evaluate(s, now))))
                        .map(n -> sum + n))
                .flatMap(sum -> KeysetPaging.each((after, limit) -> queries.unfinishedEnds(staleBefore, after, limit),
                        ActivityState::id, size, page -> emit(decide(page,
                                s -> RecoveryRule.unfinishedEnd(s, events.self(), now, orphanAfter()))))
                        .map(n -> sum + n))
                .call(() -> ledger.sweep(staleBefore));
    }

    /** A claim to end older than this is an orphan: its claimer had the claim timeout to end it. */
    private Duration orphanAfter() {
        return config.exchange().claimTimeout().multipliedBy(2);
    }

    private Uni<Integer> emit(List<Reaction> reactions) {
        return publisher.publishAll(reactions.stream().map(events::fromReaction).toList()).map(List::size);
    }

    private Uni<Integer> claimThenEnd(List<Reaction> reactions) {
        if (reactions.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<Uni<Integer>> ends = reactions.stream().map(reaction -> claims.claimThenEnd(events.claimToEnd(reaction),
                        claimed -> events.fromReaction(new Reaction(reaction.rule(), claimed.id(), claimed.status(),
                                claimed.statusVersion(), reaction.to(), reaction.reason(), reaction.error(), false)),
                        config.exchange().claimTimeout())
                .map(claim -> claim.won() ? 2 : 1)
                .onFailure().invoke(e -> LOG.warnf("Deadline of %s not ended: %s", reaction.activityId(), e.getMessage()))
                .onFailure().recoverWithItem(0)).toList();
        return Uni.join().all(ends).andFailFast().map(counts -> counts.stream().mapToInt(Integer::intValue).sum());
    }

    /** A candidate that makes its rule throw is logged and skipped; the scan goes on with the others. */
    private static <T> List<Reaction> decide(List<T> candidates, Function<T, Optional<Reaction>> rule) {
        return Decisions.decide(candidates, rule, (candidate, error) ->
                LOG.errorf(error, "A reaction rule failed on %s; skipped, the scan goes on", candidate));
    }
}
