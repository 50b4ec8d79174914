package io.activityplatform.messages.repository;

import static io.activityplatform.messages.repository.Rows.utc;

import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.service.projection.ActivityViewStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Reads of client activities from this service's folded view (service-core's {@code activity_view}): what a
 * computer could be given, and what the reaction scans must move.
 */
@ApplicationScoped
public class ClientActivityQueries {

    private static final String CANDIDATES = """
            select state::text as state from activity_view
            where computer_id = $1 and kind = 'CLIENT' and status in ('QUEUED', 'SCHEDULED', 'WAITING')
              and (deliver_after is null or deliver_after <= $2)
            order by created_at, id limit $3
            """;

    /** Claimed by this service but never handed to the outbox (the claimer stopped in between). */
    private static final String ORPHAN_CLAIMS = """
            select v.state::text as state from activity_view v left join delivery d on d.activity_id = v.id
            where v.computer_id = $1 and v.kind = 'CLIENT' and v.status = 'IN_PROGRESS' and d.activity_id is null
            """;

    private static final String TIMED_OUT = """
            select state::text as state from activity_view
            where kind = 'CLIENT' and status = 'IN_PROGRESS' and timeout_seconds is not null
              and in_progress_since + make_interval(secs => timeout_seconds) <= $1
            order by in_progress_since limit $2
            """;

    private static final String PAST_DEADLINE = """
            select state::text as state from activity_view
            where kind = 'CLIENT' and status in ('QUEUED', 'SCHEDULED', 'WAITING', 'BLOCKED')
              and deliver_before <= $1
            order by deliver_before limit $2
            """;

    /** WAITING activities whose awaited activity has moved on enough to decide (final, or some progress). */
    private static final String WAITING_DECIDABLE = """
            select w.state::text as state from activity_view w join activity_view a on a.id = w.wait_for_id
            where w.kind = 'CLIENT' and w.status = 'WAITING'
              and (a.status in ('SUCCEEDED', 'FAILED', 'CANCELED') or a.progress_percent is not null)
            order by w.created_at limit $1
            """;

    private static final String HAS_DELIVERABLE = """
            select exists (select 1 from activity_view
                           where computer_id = $1 and kind = 'CLIENT' and status in ('QUEUED', 'SCHEDULED')
                             and (deliver_after is null or deliver_after <= $2))
            """;

    private final Pool pool;

    public ClientActivityQueries(Pool pool) {
        this.pool = pool;
    }

    /** Pending activities of the computer that might be due; the delivery policy decides finally. */
    public Uni<List<ActivityState>> candidates(String computerId, Instant now, int limit) {
        return states(CANDIDATES, Tuple.of(computerId, utc(now), limit));
    }

    public Uni<List<ActivityState>> orphanClaims(String computerId) {
        return states(ORPHAN_CLAIMS, Tuple.of(computerId));
    }

    public Uni<List<ActivityState>> timedOut(Instant now, int limit) {
        return states(TIMED_OUT, Tuple.of(utc(now), limit));
    }

    public Uni<List<ActivityState>> pastDeliveryDeadline(Instant now, int limit) {
        return states(PAST_DEADLINE, Tuple.of(utc(now), limit));
    }

    public Uni<List<ActivityState>> waitingDecidable(int limit) {
        return states(WAITING_DECIDABLE, Tuple.of(limit));
    }

    /**
     * True when a QUEUED or due SCHEDULED activity waits for the computer (for ping). WAITING ones are left
     * out: their dependency may hold them for long, and the agent would exchange at every ping meanwhile.
     */
    public Uni<Boolean> hasDeliverable(String computerId, Instant now) {
        return pool.preparedQuery(HAS_DELIVERABLE).execute(Tuple.of(computerId, utc(now)))
                .map(rows -> rows.iterator().next().getBoolean(0));
    }

    private Uni<List<ActivityState>> states(String sql, Tuple params) {
        return pool.preparedQuery(sql).execute(params).map(rows -> Rows.all(rows, ActivityViewStore::fromRow));
    }
}
