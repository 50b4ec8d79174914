package io.activityplatform.jobs.repository;

import static io.activityplatform.service.time.Timestamps.utc;

import io.activityplatform.events.rules.RuleStatuses;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The {@code job_executions} table: which process runs which claim, and its last heartbeat. */
@ApplicationScoped
public class ExecutionRepository {

    private static final String TAKE_OVER = """
            insert into job_executions (claim_event_id, activity_id, instance_id, started_at, heartbeat_at, resumes)
            values ($1, $2, $3, $4, $4, 1)
            on conflict (claim_event_id) do update set instance_id = excluded.instance_id,
                heartbeat_at = excluded.heartbeat_at, resumes = job_executions.resumes + 1
              where job_executions.heartbeat_at <= $5 and job_executions.outcome is null
            returning resumes
            """;

    /**
     * Statements that write several rows lock them in key order. The outcome batch (an upsert), the heartbeat of
     * every running execution and the deletes all touch rows of the same claims at the same time; each taking
     * them in its own plan's order deadlocked under load (seen in the benchmark's PostgreSQL log: a heartbeat
     * against an outcome batch), and PostgreSQL then aborts one of them.
     */
    private static String lockedInOrder(String where) {
        return "(select e.claim_event_id from job_executions e " + where
                + " order by e.claim_event_id for no key update of e)";
    }

    private static final String SWEEP = "delete from job_executions where claim_event_id in " + lockedInOrder("""
            join activity_view v on v.id = e.activity_id
            where v.status = any($2)
                or (e.heartbeat_at <= $1 and (v.state->>'claimEventId') is distinct from e.claim_event_id::text)""");

    static final String HEARTBEAT = "update job_executions set heartbeat_at = $1 where claim_event_id in "
            + lockedInOrder("where e.claim_event_id = any($2)");

    private static final String DELETE_ALL = "delete from job_executions where claim_event_id in "
            + lockedInOrder("where e.claim_event_id = any($1)");

    private static final String INSERT_ALL = """
            insert into job_executions (claim_event_id, activity_id, instance_id, started_at, heartbeat_at)
            select u.claim_event_id, u.activity_id, $3, $4, $4
            from unnest($1::uuid[], $2::uuid[]) as u(claim_event_id, activity_id)
            """;

    private static final String[] FINAL = RuleStatuses.names(RuleStatuses.finals());

    private final Pool pool;

    public ExecutionRepository(Pool pool) {
        this.pool = pool;
    }

    /** Recorded before the claim is published, so a claim that wins always has an owner row. */
    public Uni<Void> insert(UUID claimEventId, UUID activityId, String instanceId, Instant now) {
        return pool.preparedQuery("insert into job_executions (claim_event_id, activity_id, instance_id, started_at,"
                        + " heartbeat_at) values ($1, $2, $3, $4, $4)")
                .execute(Tuple.of(claimEventId, activityId, instanceId, utc(now))).replaceWithVoid();
    }

    /**
     * Several claims recorded at once, before they are published together: one statement (unnest of the id
     * arrays) whatever their number (issue 11), all rows or none.
     */
    public Uni<Void> insertAll(List<UUID> claimEventIds, List<UUID> activityIds, String instanceId, Instant now) {
        if (claimEventIds.size() != activityIds.size()) {
            throw new IllegalArgumentException("one activity per claim");
        }
        if (claimEventIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return pool.preparedQuery(INSERT_ALL).execute(Tuple.of(claimEventIds.toArray(UUID[]::new),
                activityIds.toArray(UUID[]::new), instanceId, utc(now))).replaceWithVoid();
    }

    /**
     * Makes this process the owner of an orphaned claim, if its heartbeat is still at or before
     * {@code staleBefore} (or it has no row) and no outcome is stored on it (that one is re-published, never re-run): true for exactly one of several replicas trying at once.
     */
    public Uni<Boolean> takeOver(UUID claimEventId, UUID activityId, String instanceId, Instant now,
            Instant staleBefore) {
        return pool.preparedQuery(TAKE_OVER)
                .execute(Tuple.of(claimEventId, activityId, instanceId, utc(now), utc(staleBefore)))
                .map(rows -> rows.size() == 1);
    }

    public Uni<Void> heartbeat(Collection<UUID> claimEventIds, Instant now) {
        if (claimEventIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return pool.preparedQuery(HEARTBEAT)
                .execute(Tuple.of(utc(now), claimEventIds.toArray(UUID[]::new))).replaceWithVoid();
    }

    /** Hands executions over at shutdown: their heartbeat becomes stale at once, so another replica recovers them. */
    public Uni<Void> release(Collection<UUID> claimEventIds) {
        return heartbeat(claimEventIds, Instant.EPOCH);
    }

    public Uni<Void> delete(UUID claimEventId) {
        return pool.preparedQuery("delete from job_executions where claim_event_id = $1")
                .execute(Tuple.of(claimEventId)).replaceWithVoid();
    }

    /** The rows of these claims (lost ones) in one statement; other rows are untouched. */
    public Uni<Void> deleteAll(Collection<UUID> claimEventIds) {
        if (claimEventIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return pool.preparedQuery(DELETE_ALL)
                .execute(Tuple.tuple().addArrayOfUUID(claimEventIds.toArray(UUID[]::new))).replaceWithVoid();
    }

    /** Drops rows of finished activities and stale rows of claims that lost; returns how many. */
    public Uni<Integer> sweep(Instant staleBefore) {
        return pool.preparedQuery(SWEEP).execute(Tuple.of(utc(staleBefore), FINAL)).map(rows -> rows.rowCount());
    }
}
