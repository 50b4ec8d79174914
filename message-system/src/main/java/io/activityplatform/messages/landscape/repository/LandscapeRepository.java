package io.activityplatform.messages.landscape.repository;

import static io.activityplatform.service.time.Timestamps.utc;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * SQL for {@code landscape_computer}, {@code landscape_message} and {@code landscape_operation}. Appending
 * server messages happens in one transaction holding the computer's row lock, so positions never collide.
 */
@ApplicationScoped
public class LandscapeRepository {

    private static final String INSERT = """
            insert into landscape_computer (computer_id, sequence_offset, first_token, next_position,
                mapped_through, hostname, updated_at)
            values ($1, $2, $3, $4, $5, $6, $7) on conflict (computer_id) do nothing
            """;

    private static final String CORE_ACK = """
            select min(core_sequence) from landscape_message
            where computer_id = $1 and position >= $2 and core_sequence is not null
            """;

    private final Pool pool;

    public LandscapeRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> insert(String computerId, long sequenceOffset, String firstToken, long nextPosition,
            long mappedThrough, String hostname, Instant now) {
        return pool.preparedQuery(INSERT).execute(Tuple.tuple(Arrays.asList(computerId, sequenceOffset, firstToken,
                nextPosition, mappedThrough, hostname, utc(now)))).replaceWithVoid();
    }

    public Uni<Optional<LandscapeComputer>> find(String computerId) {
        return find(pool, computerId, "");
    }

    public Uni<Optional<LandscapeComputer>> findByInsecureId(long insecureId) {
        return pool.preparedQuery("select * from landscape_computer where insecure_id = $1")
                .execute(Tuple.of(insecureId)).map(rows -> first(rows, LandscapeRepository::fromRow));
    }

    /** Reads and locks the row for the rest of the transaction. */
    public Uni<Optional<LandscapeComputer>> lock(SqlConnection tx, String computerId) {
        return find(tx, computerId, " for update");
    }

    private Uni<Optional<LandscapeComputer>> find(SqlClient client, String computerId, String suffix) {
        return client.preparedQuery("select * from landscape_computer where computer_id = $1" + suffix)
                .execute(Tuple.of(computerId)).map(rows -> first(rows, LandscapeRepository::fromRow));
    }

    public <T> Uni<T> inTransaction(Function<SqlConnection, Uni<T>> work) {
        return pool.withTransaction(work);
    }

    /**
     * The core's acknowledgement for the client's count: the first core message the client has not counted,
     * or everything translated so far when it has counted them all.
     */
    public Uni<Long> coreAcknowledgement(LandscapeComputer computer, long clientCount) {
        return pool.preparedQuery(CORE_ACK).execute(Tuple.of(computer.computerId(), clientCount))
                .map(rows -> {
                    Long min = rows.iterator().next().getLong(0);
                    return min != null ? min : computer.mappedThrough() + 1;
                });
    }

    /** Server messages from the client's count on, in order, at most {@code limit}. */
    public Uni<List<byte[]>> unreceived(SqlClient client, String computerId, long clientCount, int limit) {
        return client.preparedQuery("select body from landscape_message where computer_id = $1 and position >= $2"
                        + " order by position limit $3")
                .execute(Tuple.of(computerId, clientCount, limit))
                .map(rows -> {
                    List<byte[]> bodies = new ArrayList<>();
                    rows.forEach(row -> bodies.add(row.getBuffer("body").getBytes()));
                    return bodies;
                });
    }

    public Uni<Boolean> isUnreceived(SqlClient client, String computerId, long clientCount, byte[] body) {
        return client.preparedQuery("select exists (select 1 from landscape_message where computer_id = $1"
                        + " and position >= $2 and body = $3)")
                .execute(Tuple.of(computerId, clientCount, io.vertx.core.buffer.Buffer.buffer(body)))
                .map(rows -> rows.iterator().next().getBoolean(0));
    }

    public Uni<Void> append(SqlClient client, String computerId, long position, Long coreSequence, byte[] body) {
        return client.preparedQuery("insert into landscape_message (computer_id, position, core_sequence, body)"
                        + " values ($1, $2, $3, $4)")
                .execute(Tuple.of(computerId, position, coreSequence, io.vertx.core.buffer.Buffer.buffer(body)))
                .replaceWithVoid();
    }

    /** Drops what the client has counted: it never asks for a message below its count again (the bound). */
    public Uni<Void> forgetReceived(SqlClient client, String computerId, long clientCount) {
        return client.preparedQuery("delete from landscape_message where computer_id = $1 and position < $2")
                .execute(Tuple.of(computerId, clientCount)).replaceWithVoid();
    }

    /** Saves the translation state after appending; clears the first token (the client has exchanged). */
    public Uni<Void> saveProgress(SqlClient client, String computerId, long nextPosition, long mappedThrough,
            String intervalsSent, Instant now) {
        return client.preparedQuery("update landscape_computer set next_position = $2, mapped_through = $3,"
                        + " intervals_sent = $4, first_token = null, updated_at = $5 where computer_id = $1")
                .execute(Tuple.of(computerId, nextPosition, mappedThrough, intervalsSent, utc(now)))
                .replaceWithVoid();
    }

    /** What the client said about itself; absent values keep the stored ones. */
    public Uni<Void> saveFacts(String computerId, String clientAcceptedTypes, String hostname, String distribution,
            Instant now) {
        return pool.preparedQuery("update landscape_computer set client_accepted_types = coalesce($2,"
                        + " client_accepted_types), hostname = coalesce($3, hostname),"
                        + " distribution = coalesce($4, distribution), updated_at = $5 where computer_id = $1")
                .execute(Tuple.tuple(Arrays.asList(computerId, clientAcceptedTypes, hostname, distribution,
                        utc(now))))
                .replaceWithVoid();
    }

    /** The client's integer id for an activity, allocated once. */
    public Uni<Long> operationId(SqlClient client, UUID activityId, String computerId) {
        return client.preparedQuery("with n as (insert into landscape_operation (activity_id, computer_id)"
                        + " values ($1, $2) on conflict (activity_id) do nothing returning operation_id)"
                        + " select operation_id from n union all"
                        + " select operation_id from landscape_operation where activity_id = $1")
                .execute(Tuple.of(activityId, computerId))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** The activity behind one of this computer's operation ids. */
    public Uni<Optional<UUID>> activityOf(String computerId, long operationId) {
        return pool.preparedQuery("select activity_id from landscape_operation where operation_id = $1"
                        + " and computer_id = $2")
                .execute(Tuple.of(operationId, computerId))
                .map(rows -> first(rows, row -> row.getUUID("activity_id")));
    }

    private static <T> Optional<T> first(io.vertx.mutiny.sqlclient.RowSet<Row> rows, Function<Row, T> mapper) {
        return rows.size() == 0 ? Optional.empty() : Optional.of(mapper.apply(rows.iterator().next()));
    }

    private static LandscapeComputer fromRow(Row row) {
        String types = row.getString("client_accepted_types");
        return new LandscapeComputer(row.getString("computer_id"), row.getLong("insecure_id"),
                row.getLong("sequence_offset"), row.getString("first_token"), row.getLong("next_position"),
                row.getLong("mapped_through"),
                types == null ? null : types.isEmpty() ? List.of() : List.of(types.split(";")),
                row.getString("intervals_sent"), row.getString("hostname"), row.getString("distribution"));
    }
}
