package io.activityplatform.messages.repository;

import static io.activityplatform.service.time.Timestamps.instant;
import static io.activityplatform.service.time.Timestamps.utc;

import io.activityplatform.messages.domain.Delivery;
import io.activityplatform.messages.domain.ServerMessage;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code delivery} table: which activities went to which computer, and what came back. */
@ApplicationScoped
public class DeliveryRepository {

    /**
     * A delivery {@code d} whose activity {@code v} ended on the server while the agent still runs it, and
     * whose cancel is not queued yet; shared with {@link PingQuery}, which must agree.
     */
    static final String CANCEL_CANDIDATE = """
            d.result_at is null and d.cancel_queued_at is null and v.status in ('CANCELED', 'FAILED')""";
    /** Delivered activities that ended without their result (canceled, timed out): the agent must stop them. */
    private static final String TO_CANCEL = "select d.activity_id, v.status, v.state->'error'->>'code' as error_code"
            + " from delivery d join activity_view v on v.id = d.activity_id"
            + " where d.computer_id = $1 and " + CANCEL_CANDIDATE
            + " order by d.delivered_at limit $2";
    /**
     * Cancels queued per exchange, a bound on one exchange's work: a bulk cancel of thousands of activities
     * delivered to one computer is queued over several exchanges (the rest stay candidates until queued).
     */
    public static final int CANCELS_PER_EXCHANGE = 500;

    private final Pool pool;
    private final OutboxRepository outbox;

    public DeliveryRepository(Pool pool, OutboxRepository outbox) {
        this.pool = pool;
        this.outbox = outbox;
    }

    /** Records the delivery and queues its execute message in one transaction; false if it was delivered before. */
    public Uni<Boolean> deliver(Delivery delivery, ServerMessage execute) {
        return pool.withTransaction(tx -> tx.preparedQuery("insert into delivery (activity_id, computer_id,"
                        + " claim_event_id, delivered_at) values ($1, $2, $3, $4) on conflict do nothing")
                .execute(Tuple.of(delivery.activityId(), delivery.computerId(), delivery.claimEventId(),
                        utc(delivery.deliveredAt())))
                .flatMap(rows -> rows.rowCount() == 0 ? Uni.createFrom().item(false)
                        : outbox.enqueue(tx, delivery.computerId(), execute, delivery.deliveredAt())));
    }

    /** Queues a cancel message for a delivered activity, once. */
    public Uni<Boolean> queueCancel(String computerId, ServerMessage cancel, Instant now) {
        return pool.withTransaction(tx -> tx.preparedQuery("update delivery set cancel_queued_at = $2"
                        + " where activity_id = $1 and cancel_queued_at is null")
                .execute(Tuple.of(cancel.operationId(), utc(now)))
                .flatMap(rows -> rows.rowCount() == 0 ? Uni.createFrom().item(false)
                        : outbox.enqueue(tx, computerId, cancel, now)));
    }

    public Uni<Optional<Delivery>> find(UUID activityId) {
        return pool.preparedQuery("select * from delivery where activity_id = $1").execute(Tuple.of(activityId))
                .map(rows -> Rows.first(rows, DeliveryRepository::fromRow));
    }

    public Uni<List<CancelCandidate>> toCancel(String computerId) {
        return pool.preparedQuery(TO_CANCEL).execute(Tuple.of(computerId, CANCELS_PER_EXCHANGE))
                .map(rows -> Rows.all(rows, row -> new CancelCandidate(row.getUUID("activity_id"),
                        row.getString("status"), row.getString("error_code"))));
    }

    public record CancelCandidate(UUID activityId, String status, String errorCode) {
    }

    /** Marks the result received; false when it already was (a duplicate). */
    public Uni<Boolean> markResult(UUID activityId, Instant now) {
        return pool.preparedQuery("update delivery set result_at = $2 where activity_id = $1 and result_at is null")
                .execute(Tuple.of(activityId, utc(now))).map(rows -> rows.rowCount() == 1);
    }

    public Uni<Void> addOutput(UUID activityId, int chars) {
        return pool.preparedQuery("update delivery set output_chars = output_chars + $2 where activity_id = $1")
                .execute(Tuple.of(activityId, chars)).replaceWithVoid();
    }

    /** Operations delivered to the computer whose result has not come back. */
    public Uni<Long> openCount(String computerId) {
        return pool.preparedQuery("select count(*) from delivery where computer_id = $1 and result_at is null")
                .execute(Tuple.of(computerId)).map(rows -> rows.iterator().next().getLong(0));
    }

    private static Delivery fromRow(Row row) {
        return new Delivery(row.getUUID("activity_id"), row.getString("computer_id"), row.getUUID("claim_event_id"),
                instant(row, "delivered_at"), instant(row, "result_at"),
                instant(row, "cancel_queued_at"), row.getInteger("output_chars"));
    }
}
