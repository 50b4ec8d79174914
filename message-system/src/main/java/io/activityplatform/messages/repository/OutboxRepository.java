package io.activityplatform.messages.repository;

import static io.activityplatform.service.time.Timestamps.utc;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.activityplatform.events.codec.EventCodec;
import io.activityplatform.messages.domain.ServerMessage;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code outgoing_message} table: per-computer numbered messages to agents. The sequence comes from an
 * atomic increment of the agent row, so concurrent writers (an exchange, a reaction scan on another replica)
 * never share a number; (operation, kind) is unique, so a message is queued once however often it is asked for.
 */
@ApplicationScoped
public class OutboxRepository {

    private static final String ENQUEUE = """
            with s as (update agent set next_out_sequence = next_out_sequence + 1 where computer_id = $1
                       returning next_out_sequence - 1 as seq)
            insert into outgoing_message (computer_id, sequence, kind, operation_id, body, created_at)
            select $1, s.seq, $2, $3, $4::text::jsonb, $5 from s
            on conflict (computer_id, operation_id, kind) do nothing
            """;

    private final Pool pool;

    public OutboxRepository(Pool pool) {
        this.pool = pool;
    }

    /** Queues the message unless one of its kind for its operation exists; true when queued. */
    public Uni<Boolean> enqueue(SqlClient client, String computerId, ServerMessage message, Instant now) {
        return client.preparedQuery(ENQUEUE)
                .execute(Tuple.tuple(Arrays.asList(computerId, message.kind().name(), message.operationId(),
                        toJson(message), utc(now))))
                .map(rows -> rows.rowCount() == 1);
    }

    /** Messages from {@code fromSequence} on, in order: what the agent has not acknowledged yet. */
    public Uni<List<ServerMessage>> pending(String computerId, long fromSequence, int limit) {
        return pool.preparedQuery("select sequence, body::text as body from outgoing_message"
                        + " where computer_id = $1 and sequence >= $2 order by sequence limit $3")
                .execute(Tuple.of(computerId, fromSequence, limit))
                .map(rows -> Rows.all(rows, OutboxRepository::fromRow));
    }

    private static ServerMessage fromRow(Row row) {
        try {
            ServerMessage body = EventCodec.mapper().readValue(row.getString("body"), ServerMessage.class);
            return body.withSequence(row.getLong("sequence"));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("unreadable outgoing_message.body", e);
        }
    }

    private static String toJson(ServerMessage message) {
        try {
            return EventCodec.mapper().writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
