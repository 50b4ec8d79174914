package io.activityplatform.messages.repository;

import static io.activityplatform.service.time.Timestamps.utc;

import io.activityplatform.events.computer.ComputerState;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Whether an exchange would give a computer anything, in one statement: an unacknowledged outgoing message,
 * a cancel to queue, or (for an accepted computer) a deliverable activity. Every idle agent asks this between
 * exchanges, so it is one round trip that reads no row it need not: PostgreSQL evaluates each {@code exists}
 * only when the ones before it were false, and each stops at its first row. It was three to four queries,
 * one of which loaded up to 500 cancel candidates to answer yes or no.
 */
@ApplicationScoped
public class PingQuery {

    private static final String MESSAGES_WAITING = """
            select exists (select 1 from agent a join outgoing_message m on m.computer_id = a.computer_id
                           where a.computer_id = $1 and m.sequence >= a.acked_sequence)
                or exists (select 1 from delivery d join activity_view v on v.id = d.activity_id
                           where d.computer_id = $1 and %s)
                or (exists (select 1 from computer_view c where c.id = $1 and c.status = $2)
                    and exists (%s))
            """.formatted(DeliveryRepository.CANCEL_CANDIDATE, ClientActivityQueries.DELIVERABLE_EXISTS);

    private final Pool pool;

    public PingQuery(Pool pool) {
        this.pool = pool;
    }

    public Uni<Boolean> messagesWaiting(String computerId, Instant now) {
        return pool.preparedQuery(MESSAGES_WAITING)
                .execute(Tuple.of(computerId, ComputerState.Status.ACCEPTED.name(),
                        ClientActivityQueries.deliverableStatuses(), utc(now)))
                .map(rows -> rows.iterator().next().getBoolean(0));
    }
}
