package io.activityplatform.jobs.repository;

import static io.activityplatform.service.time.Timestamps.utc;

import io.activityplatform.events.codec.Decoded;
import io.activityplatform.events.codec.EventCodec;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.events.rules.RuleStatuses;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Finished executions' outcomes on their {@code job_executions} row (migration V15): stored before they are
 * published, read back while the view does not show them applied.
 */
@ApplicationScoped
public class OutcomeRepository {

    /** A stored outcome whose activity the view still shows IN_PROGRESS under the claim it ends. */
    public record StoredOutcome(UUID activityId, UUID claimEventId, StatusChanged outcome) {
    }

    private static final Logger LOG = Logger.getLogger(OutcomeRepository.class);

    private static final String STORE = """
            insert into job_executions (claim_event_id, activity_id, instance_id, started_at, heartbeat_at,
                outcome, outcome_stored_at)
            values ($1, $2, $3, $4, $4, $5, $4)
            on conflict (claim_event_id) do update set outcome = excluded.outcome,
                outcome_stored_at = excluded.outcome_stored_at
            """;

    // rows in key order, as every multi-row write of job_executions takes them (see ExecutionRepository.lockedInOrder)
    private static final String STORE_ALL = """
            insert into job_executions (claim_event_id, activity_id, instance_id, started_at, heartbeat_at,
                outcome, outcome_stored_at)
            select u.claim_event_id, u.activity_id, $3, $4, $4, u.outcome, $4
            from unnest($1::uuid[], $2::uuid[], $5::text[]) as u(claim_event_id, activity_id, outcome)
            order by u.claim_event_id
            on conflict (claim_event_id) do update set outcome = excluded.outcome,
                outcome_stored_at = excluded.outcome_stored_at
            """;

    // Still IN_PROGRESS under the very claim the outcome ends: anything else means it was applied, or
    // something else (cancel, timeout) ended the activity first, and the fold would reject it anyway.
    private static final String UNAPPLIED = """
            select v.id, e.claim_event_id, e.outcome from job_executions e
            join activity_view v on v.id = e.activity_id
            where e.outcome is not null and v.kind = 'SERVER' and v.status = any($1)
              and (v.state->>'claimEventId') = e.claim_event_id::text
              and (e.instance_id = $2 or e.heartbeat_at <= $3)
              and ($4::uuid is null or v.id > $4) order by v.id limit $5
            """;

    private static final String[] RUNNING = RuleStatuses.names(EnumSet.of(ActivityStatus.IN_PROGRESS));

    private final Pool pool;

    public OutcomeRepository(Pool pool) {
        this.pool = pool;
    }

    /** Durably records the final event of the execution of {@code claimEventId}; an upsert, so it never misses. */
    public Uni<Void> store(UUID claimEventId, String instanceId, StatusChanged outcome, Instant now) {
        String json = new String(EventCodec.encode(outcome), StandardCharsets.UTF_8);
        return pool.preparedQuery(STORE)
                .execute(Tuple.of(claimEventId, outcome.activityId(), instanceId, utc(now), json))
                .replaceWithVoid();
    }

    /**
     * Several executions' outcomes in one statement (issue 11: workers finishing at once), all or none; each
     * as {@link #store} would. At most one outcome per claim (an upsert may not touch a row twice).
     */
    public Uni<Void> storeAll(List<StoredOutcome> outcomes, String instanceId, Instant now) {
        if (outcomes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return pool.preparedQuery(STORE_ALL).execute(Tuple.of(
                        outcomes.stream().map(StoredOutcome::claimEventId).toArray(UUID[]::new),
                        outcomes.stream().map(StoredOutcome::activityId).toArray(UUID[]::new), instanceId, utc(now),
                        outcomes.stream().map(o -> new String(EventCodec.encode(o.outcome()), StandardCharsets.UTF_8))
                                .toArray(String[]::new)))
                .replaceWithVoid();
    }

    /**
     * Stored outcomes not applied yet: this process's own at once, another process's once its heartbeat is at
     * or before {@code staleBefore} (that process died, or stopped retrying).
     */
    public Uni<List<StoredOutcome>> unapplied(String instanceId, Instant staleBefore, UUID after, int limit) {
        return pool.preparedQuery(UNAPPLIED)
                .execute(Tuple.of(RUNNING, instanceId, utc(staleBefore), after, limit))
                .map(rows -> {
                    List<StoredOutcome> all = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        StatusChanged outcome = decode(row.getString("outcome"));
                        if (outcome != null) {
                            all.add(new StoredOutcome(row.getUUID("id"), row.getUUID("claim_event_id"), outcome));
                        }
                    }
                    return all;
                });
    }

    private static StatusChanged decode(String json) {
        Decoded<ActivityEvent> decoded = EventCodec.decodeActivityEvent(json.getBytes(StandardCharsets.UTF_8));
        if (decoded instanceof Decoded.Event<ActivityEvent> event && event.event() instanceof StatusChanged change) {
            return change;
        }
        // Written by this service through the same codec; unreadable only if the contract changed under it.
        LOG.errorf("A stored outcome can no longer be read and is skipped: %s", decoded);
        return null;
    }
}
