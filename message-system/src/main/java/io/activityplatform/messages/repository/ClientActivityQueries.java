package io.activityplatform.messages.repository;

import static io.activityplatform.service.time.Timestamps.utc;

import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.rules.RuleStatuses;
import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.service.projection.ActivityViewStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads of client activities from this service's folded view (service-core's {@code activity_view}): what a
 * computer could be given, and what the reaction scans must move.
 */
@ApplicationScoped
public class ClientActivityQueries {

    private static final String[] STARTABLE = RuleStatuses.names(RuleStatuses.startable(ActivityKind.CLIENT));
    /** Startable without a dependency to wait for: what makes an agent exchange worthwhile. */
    private static final String[] DELIVERABLE = RuleStatuses.names(RuleStatuses.startable(ActivityKind.CLIENT)
            .stream().filter(s -> s != ActivityStatus.WAITING).collect(Collectors.toSet()));
    static final String[] RUNNING = RuleStatuses.names(EnumSet.of(ActivityStatus.IN_PROGRESS));
    static final String[] WAITING = RuleStatuses.names(EnumSet.of(ActivityStatus.WAITING));
    static final String[] FINAL = RuleStatuses.names(RuleStatuses.finals());

    private static final String CANDIDATES = """
            select state::text as state from activity_view
            where computer_id = $1 and kind = 'CLIENT' and status = any($2)
              and (deliver_after is null or deliver_after <= $3)
            order by created_at, id limit $4
            """;

    /**
     * Delivery claims that won but were never handed to the outbox (the claimer stopped in between): keyed by
     * the claim's event id in the ledger, so a claim made only to end the activity is never among them.
     */
    private static final String ORPHAN_CLAIMS = """
            select v.state::text as state from activity_view v
              join delivery_claim c on c.claim_event_id = (v.state->>'claimEventId')::uuid
              left join delivery d on d.activity_id = v.id
            where v.computer_id = $1 and v.kind = 'CLIENT' and v.status = any($2) and d.activity_id is null
            """;

    /** Claims neither in the delivery ledger nor delivered: claims made to end, whose claimer may have died. */
    static final String UNFINISHED_ENDS = """
            select v.state::text as state from activity_view v
            where v.kind = 'CLIENT' and v.status = any($1) and v.in_progress_since <= $2
              and v.deliver_before <= v.in_progress_since
              and not exists (select 1 from delivery_claim c
                              where c.claim_event_id = (v.state->>'claimEventId')::uuid)
              and not exists (select 1 from delivery d where d.activity_id = v.id)""" + page(3);

    /** Keyset paging in id order: {@code $n} is the last id seen (null: from the start), {@code $n+1} the size. */
    private static String page(int n) {
        return " and ($" + n + "::uuid is null or v.id > $" + n + ") order by v.id limit $" + (n + 1);
    }

    static final String TIMED_OUT = """
            select v.state::text as state from activity_view v
            where v.kind = 'CLIENT' and v.status = any($1) and v.timeout_seconds is not null
              and v.in_progress_since + make_interval(secs => v.timeout_seconds) <= $2""" + page(3);

    /** Served by the partial index {@code activity_view_client_deadline} (V160), whose predicate names the same statuses. */
    static final String PAST_DEADLINE = """
            select v.state::text as state from activity_view v
            where v.kind = 'CLIENT' and v.status in (%s) and v.deliver_before <= $1"""
            .formatted(RuleStatuses.sqlList(RuleStatuses.startable(ActivityKind.CLIENT))) + page(2);

    /** WAITING activities whose awaited activity has moved on enough to decide (final, or some progress). */
    static final String WAITING_DECIDABLE = """
            select v.state::text as state, d.state::text as dependency
            from activity_view v left join activity_view d on d.id = v.wait_for_id
            where v.kind = 'CLIENT' and v.status = any($1)
              and (v.wait_for_id is null or d.status = any($2) or d.progress_percent is not null)""" + page(3);

    /**
     * A deliverable activity of computer {@code $1}, statuses {@code $3}, due by {@code $4}: the ping's third
     * question ({@link PingQuery}). The rows of {@link #CANDIDATES} minus WAITING ones: a dependency may hold
     * those for long, and the agent would exchange at every ping meanwhile.
     */
    static final String DELIVERABLE_EXISTS = """
            select 1 from activity_view
            where computer_id = $1 and kind = 'CLIENT' and status = any($3)
              and (deliver_after is null or deliver_after <= $4)
            """;

    /** A WAITING activity and the state of what it waits for (null when the view does not know it). */
    public record Waiting(ActivityState waiting, ActivityState dependency) {
    }

    private final Pool pool;

    public ClientActivityQueries(Pool pool) {
        this.pool = pool;
    }

    /** Pending activities of the computer that might be due; the delivery rule decides finally. */
    public Uni<List<ActivityState>> candidates(String computerId, Instant now, int limit) {
        return states(CANDIDATES, Tuple.of(computerId, STARTABLE, utc(now), limit));
    }

    public Uni<List<ActivityState>> orphanClaims(String computerId) {
        return states(ORPHAN_CLAIMS, Tuple.of(computerId, RUNNING));
    }

    /** Pre-filter of {@link io.activityplatform.events.rules.TimeoutRule}, one page after {@code after}. */
    public Uni<List<ActivityState>> timedOut(Instant now, UUID after, int limit) {
        return states(TIMED_OUT, Tuple.of(RUNNING, utc(now), after, limit));
    }

    /** Pre-filter of {@link io.activityplatform.events.rules.DeadlineRule}: BLOCKED is not startable. */
    public Uni<List<ActivityState>> pastDeliveryDeadline(Instant now, UUID after, int limit) {
        return states(PAST_DEADLINE, Tuple.of(utc(now), after, limit));
    }

    /** Pre-filter of {@link io.activityplatform.events.rules.RecoveryRule#unfinishedEnd}. */
    public Uni<List<ActivityState>> unfinishedEnds(Instant staleBefore, UUID after, int limit) {
        return states(UNFINISHED_ENDS, Tuple.of(RUNNING, utc(staleBefore), after, limit));
    }

    /** Pre-filter of {@link io.activityplatform.events.rules.DependencyRule}. */
    public Uni<List<Waiting>> waitingDecidable(UUID after, int limit) {
        return pool.preparedQuery(WAITING_DECIDABLE).execute(Tuple.of(WAITING, FINAL, after, limit))
                .map(rows -> Rows.all(rows, row -> new Waiting(ActivityViewStore.fromRow(row),
                        row.getString("dependency") == null ? null
                                : ActivityViewStore.fromJson(row.getString("dependency")))));
    }

    /** The statuses {@link #DELIVERABLE_EXISTS} looks for. */
    static String[] deliverableStatuses() {
        return DELIVERABLE.clone();
    }

    private Uni<List<ActivityState>> states(String sql, Tuple params) {
        return pool.preparedQuery(sql).execute(params).map(rows -> Rows.all(rows, ActivityViewStore::fromRow));
    }
}
