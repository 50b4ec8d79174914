package io.activityplatform.service.claim;

import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.service.projection.ActivityViewStore;
import io.activityplatform.service.projection.ProjectionWatermark;
import io.activityplatform.service.publishing.EventPublisher;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The one claim protocol (design brief §3), for every service:
 * <ol>
 *   <li>record the claim's event id in the service's {@link ClaimLedger};</li>
 *   <li>publish the move to IN_PROGRESS with the version seen;</li>
 *   <li>wait (bounded) until the own view applied that record;</li>
 *   <li>act only if the fold recorded this very event id as the claim ({@link ActivityState#claimedBy}).</li>
 * </ol>
 * Competing replicas, operator commands and agent exchanges are settled by log order; the loser learns it lost.
 */
@ApplicationScoped
public class Claims {

    private final EventPublisher publisher;
    private final ProjectionWatermark watermark;
    private final ActivityViewStore views;
    private final Pool pool;

    public Claims(EventPublisher publisher, ProjectionWatermark watermark, ActivityViewStore views, Pool pool) {
        this.publisher = publisher;
        this.watermark = watermark;
        this.views = views;
        this.pool = pool;
    }

    /** Claim to act: the caller acts on the result only when it is {@link Claim#won()}. */
    public Uni<Claim> claim(StatusChanged claim, ClaimLedger ledger, Duration bound) {
        requireClaim(claim);
        return ledger.record(claim)
                .flatMap(recorded -> publisher.publish(claim))
                .flatMap(position -> watermark.awaitApplied(position, bound))
                .flatMap(applied -> applied ? views.find(claim.activityId()).map(state -> decide(claim, state.orElse(null)))
                        : Uni.createFrom().item(new Claim(Claim.Outcome.UNDECIDED, claim, null)))
                .call(result -> result.outcome() == Claim.Outcome.LOST ? ledger.forget(claim)
                        : Uni.createFrom().voidItem());
    }

    /**
     * Several claims published together and awaited once (issue 11): one ledger call notes them all before any
     * is published, one wait per partition (for its highest position, {@link BatchWait}), one view read
     * decides them all, one ledger call forgets the lost ones. Each claim is still decided on its own, by
     * whether the view recorded its very event id; a claim whose record was not applied in time is UNDECIDED.
     */
    public Uni<List<Claim>> claimAll(List<StatusChanged> claims, ClaimLedger ledger, Duration bound) {
        if (claims.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        claims.forEach(Claims::requireClaim);
        List<StatusChanged> batch = List.copyOf(claims);
        return ledger.recordAll(batch)
                .flatMap(v -> publisher.publishAll(batch))
                .flatMap(positions -> BatchWait.applied(watermark, positions, bound))
                .flatMap(applied -> load(appliedIds(batch, applied)).map(states -> decideAll(batch, applied, states)))
                .call(results -> ledger.forgetAll(results.stream()
                        .filter(r -> r.outcome() == Claim.Outcome.LOST).map(Claim::event).toList()));
    }

    /**
     * Claim then end: for a move the table does not allow directly (a missed delivery deadline: QUEUED cannot
     * fail), claim the activity and, only if the claim won, publish {@code end} of the claimed state and wait
     * for it to be applied. Nothing is ever handed to an executor in between.
     */
    public Uni<Claim> claimThenEnd(StatusChanged claim, Function<ActivityState, StatusChanged> end, Duration bound) {
        return claim(claim, ClaimLedger.NONE, bound).call(result -> !result.won() ? Uni.createFrom().voidItem()
                : publisher.publish(end.apply(result.state()))
                        .flatMap(position -> watermark.awaitApplied(position, bound)).replaceWithVoid());
    }

    /** Nothing applied, nothing to read: the view's answer would be stale. */
    private Uni<Map<UUID, ActivityState>> load(List<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(Map.of()) : views.load(pool, ids);
    }

    private static List<UUID> appliedIds(List<StatusChanged> claims, List<Boolean> applied) {
        return IntStream.range(0, claims.size()).filter(applied::get).mapToObj(i -> claims.get(i).activityId())
                .distinct().toList();
    }

    private static List<Claim> decideAll(List<StatusChanged> claims, List<Boolean> applied,
            Map<UUID, ActivityState> states) {
        return IntStream.range(0, claims.size())
                .mapToObj(i -> applied.get(i) ? decide(claims.get(i), states.get(claims.get(i).activityId()))
                        : new Claim(Claim.Outcome.UNDECIDED, claims.get(i), null))
                .collect(Collectors.toList());
    }

    /**
     * Whether the executor of the claim {@code claimEventId} may still act: the view shows the activity
     * IN_PROGRESS under that very claim. Anything else (canceled, timed out, ended, claimed anew) means stop.
     */
    public static boolean stillHeld(ActivityState state, UUID claimEventId) {
        return state != null && ClaimStatus.of(state).heldUnder(claimEventId);
    }

    static Claim decide(StatusChanged claim, ActivityState state) {
        boolean won = state != null && state.claimedBy(claim.eventId());
        return new Claim(won ? Claim.Outcome.WON : Claim.Outcome.LOST, claim, state);
    }

    private static void requireClaim(StatusChanged claim) {
        if (claim.to() != ActivityStatus.IN_PROGRESS) {
            throw new IllegalArgumentException("a claim moves to IN_PROGRESS, not " + claim.to());
        }
    }
}
