package io.activityplatform.messages.repository;

import static io.activityplatform.service.time.Timestamps.utc;

import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.service.claim.ClaimLedger;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * The {@code delivery_claim} table: delivery claims recorded before they are published, so orphan recovery
 * finds them by event id.
 */
@ApplicationScoped
public class DeliveryClaimLedger {

    private final Pool pool;

    public DeliveryClaimLedger(Pool pool) {
        this.pool = pool;
    }

    /** The ledger for the claims of one computer's exchange. */
    public ClaimLedger forComputer(String computerId) {
        return new ClaimLedger() {
            @Override
            public Uni<Void> record(StatusChanged claim) {
                return pool.preparedQuery("insert into delivery_claim (claim_event_id, activity_id, computer_id,"
                                + " claimed_at) values ($1, $2, $3, $4) on conflict do nothing")
                        .execute(Tuple.of(claim.eventId(), claim.activityId(), computerId, utc(claim.occurredAt())))
                        .replaceWithVoid();
            }

            @Override
            public Uni<Void> forget(StatusChanged claim) {
                return DeliveryClaimLedger.this.forget(claim.eventId());
            }
        };
    }

    /** The claim was handed over (its delivery row now records it) or lost. */
    public Uni<Void> forget(UUID claimEventId) {
        return pool.preparedQuery("delete from delivery_claim where claim_event_id = $1")
                .execute(Tuple.of(claimEventId)).replaceWithVoid();
    }

    /** Drops notes of claims that lost or never applied, older than {@code before}: the table stays bounded. */
    public Uni<Integer> sweep(Instant before) {
        return pool.preparedQuery("delete from delivery_claim c where c.claimed_at <= $1 and not exists"
                        + " (select 1 from activity_view v where v.id = c.activity_id"
                        + " and (v.state->>'claimEventId')::uuid = c.claim_event_id)")
                .execute(Tuple.of(utc(before))).map(rows -> rows.rowCount());
    }
}
