package io.activityplatform.messages.repository;

import static io.activityplatform.service.time.Timestamps.instant;
import static io.activityplatform.service.time.Timestamps.utc;

import io.activityplatform.messages.domain.AgentRecord;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code agent} table: registrations, the exchange lease and the per-computer sequence bookkeeping.
 * Every change is a single conditional statement, so replicas sharing the database never need locks.
 */
@ApplicationScoped
public class AgentRepository {

    private static final String FINISH = """
            update agent set token_hash = $3, previous_token_hash = $4,
                next_agent_sequence = greatest(next_agent_sequence, $5), last_exchange_at = $6,
                lease_id = null, lease_until = null
            where computer_id = $1 and lease_id = $2
            """;

    private final Pool pool;

    public AgentRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> insert(String computerId, String accountId, String secretHash, String tokenHash, Instant at) {
        return pool.preparedQuery("insert into agent (computer_id, account_id, secret_hash, token_hash, registered_at)"
                        + " values ($1, $2, $3, $4, $5)")
                .execute(Tuple.of(computerId, accountId, secretHash, tokenHash, utc(at))).replaceWithVoid();
    }

    public Uni<Void> delete(String computerId) {
        return pool.preparedQuery("delete from agent where computer_id = $1").execute(Tuple.of(computerId))
                .replaceWithVoid();
    }

    public Uni<Optional<AgentRecord>> findBySecretHash(String secretHash) {
        return pool.preparedQuery("select * from agent where secret_hash = $1").execute(Tuple.of(secretHash))
                .map(rows -> Rows.first(rows, AgentRepository::fromRow));
    }

    public Uni<Optional<AgentRecord>> find(String computerId) {
        return pool.preparedQuery("select * from agent where computer_id = $1").execute(Tuple.of(computerId))
                .map(rows -> Rows.first(rows, AgentRepository::fromRow));
    }

    /**
     * Takes the computer's exchange lease unless another exchange holds an unexpired one.
     *
     * @return the acknowledged sequence when taken (only a lease holder ever changes it, so it stays exact for
     *         the whole exchange); empty when another exchange holds the lease
     */
    public Uni<Optional<Long>> tryLease(String computerId, UUID leaseId, Instant now, Instant until) {
        return pool.preparedQuery("update agent set lease_id = $2, lease_until = $4 where computer_id = $1"
                        + " and (lease_until is null or lease_until <= $3) returning acked_sequence")
                .execute(Tuple.of(computerId, leaseId, utc(now), utc(until)))
                .map(rows -> rows.rowCount() == 1 ? Optional.of(rows.iterator().next().getLong(0))
                        : Optional.<Long>empty());
    }

    public Uni<Void> releaseLease(String computerId, UUID leaseId) {
        return pool.preparedQuery("update agent set lease_id = null, lease_until = null"
                        + " where computer_id = $1 and lease_id = $2")
                .execute(Tuple.of(computerId, leaseId)).replaceWithVoid();
    }

    /** Records the agent's acknowledgement; never moves backwards nor past what was ever sent. */
    public Uni<Long> acknowledge(String computerId, long nextExpected) {
        return pool.preparedQuery("update agent set acked_sequence = greatest(acked_sequence,"
                        + " least($2, next_out_sequence)) where computer_id = $1 returning acked_sequence")
                .execute(Tuple.of(computerId, nextExpected))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** Rotates the exchange token, records the agent's sequence and releases the lease. */
    public Uni<Void> finishExchange(String computerId, UUID leaseId, String newTokenHash,
            String presentedTokenHash, long nextAgentSequence, Instant now) {
        return pool.preparedQuery(FINISH)
                .execute(Tuple.tuple(Arrays.asList(computerId, leaseId, newTokenHash, presentedTokenHash,
                        nextAgentSequence, utc(now))))
                .replaceWithVoid();
    }

    public Uni<Void> markCloneSuspected(String computerId, Instant now) {
        return pool.preparedQuery("update agent set clone_suspected_at = $2 where computer_id = $1")
                .execute(Tuple.of(computerId, utc(now))).replaceWithVoid();
    }

    private static AgentRecord fromRow(Row row) {
        return new AgentRecord(row.getString("computer_id"), row.getString("account_id"), row.getString("token_hash"),
                row.getString("previous_token_hash"), row.getLong("next_agent_sequence"),
                row.getLong("next_out_sequence"), row.getLong("acked_sequence"), instant(row, "registered_at"),
                instant(row, "last_exchange_at"), instant(row, "clone_suspected_at"));
    }
}
