package io.activityplatform.messages.repository;

import static io.activityplatform.service.time.Timestamps.utc;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Deletes what message-system no longer needs, in bounded batches: outgoing messages the agent acknowledged,
 * and deliveries that are finished. Unacknowledged messages and open deliveries are never touched, however old.
 */
@ApplicationScoped
public class RetentionRepository {

    private static final String ACKNOWLEDGED = """
            delete from outgoing_message where (computer_id, sequence) in (
                select m.computer_id, m.sequence from outgoing_message m
                join agent a on a.computer_id = m.computer_id
                where m.created_at < $1 and m.sequence < a.acked_sequence
                limit $2)
            """;

    /** Finished: the result came back, or the activity ended without it and the agent was told to stop. */
    private static final String FINISHED = """
            delete from delivery where activity_id in (
                select activity_id from delivery
                where result_at < $1 or (result_at is null and cancel_queued_at < $1)
                limit $2)
            """;

    private final Pool pool;

    public RetentionRepository(Pool pool) {
        this.pool = pool;
    }

    /** Deletes up to {@code limit} acknowledged messages created before {@code before}; answers how many. */
    public Uni<Integer> pruneAcknowledgedMessages(Instant before, int limit) {
        return pool.preparedQuery(ACKNOWLEDGED).execute(Tuple.of(utc(before), limit)).map(rows -> rows.rowCount());
    }

    /** Deletes up to {@code limit} deliveries finished before {@code before}; answers how many. */
    public Uni<Integer> pruneFinishedDeliveries(Instant before, int limit) {
        return pool.preparedQuery(FINISHED).execute(Tuple.of(utc(before), limit)).map(rows -> rows.rowCount());
    }
}
