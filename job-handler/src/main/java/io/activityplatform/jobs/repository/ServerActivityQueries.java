package io.activityplatform.jobs.repository;

import static io.activityplatform.service.time.Timestamps.instant;
import static io.activityplatform.service.time.Timestamps.utc;

import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.rules.RuleStatuses;
import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.events.rules.RecoveryRule;
import io.activityplatform.service.projection.ActivityViewStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * The reactor's scans of the own view: server activities in the statuses a rule may act on. SQL only narrows
 * the candidates; the rules decide. Every scan is one page in id order after {@code after} (null: from the
 * start), so a large backlog is read in bounded pieces.
 */
@ApplicationScoped
public class ServerActivityQueries {

    /** A WAITING activity and the state of what it waits for (null when the view does not know it). */
    public record Waiting(ActivityState waiting, ActivityState dependency) {
    }

    /** An IN_PROGRESS activity and the heartbeat of its claim's execution (null when none was recorded). */
    public record Running(ActivityState state, RecoveryRule.Heartbeat heartbeat) {
    }

    private static final String SERVER = "select v.state::text as state from activity_view v where v.kind = 'SERVER'"
            + " and v.status = any($1)";
    private static final String[] SCHEDULED = RuleStatuses.names(EnumSet.of(ActivityStatus.SCHEDULED));
    private static final String[] RUNNING = RuleStatuses.names(EnumSet.of(ActivityStatus.IN_PROGRESS));
    private static final String[] WAITING = RuleStatuses.names(EnumSet.of(ActivityStatus.WAITING));
    private static final String[] FINAL = RuleStatuses.names(RuleStatuses.finals());

    private final Pool pool;

    public ServerActivityQueries(Pool pool) {
        this.pool = pool;
    }

    /** Pre-filter of {@link io.activityplatform.events.rules.ScheduleRule}. */
    public Uni<List<ActivityState>> dueScheduled(Instant now, UUID after, int limit) {
        return states(SERVER + " and (v.deliver_after is null or v.deliver_after <= $2)" + page(3),
                Tuple.of(SCHEDULED, utc(now), after, limit));
    }

    /**
     * Pre-filter of {@link io.activityplatform.events.rules.DeadlineRule}, served by the partial index
     * {@code activity_view_server_deadline} (V22): startable server rows with a deadline, by deadline. Through
     * the status index it read every QUEUED row of a backlog to find none overdue (benchmark: 11,638 rows,
     * 40-185 ms per scan). The statuses are literal, as in the index's predicate, so every plan can use it.
     */
    static final String OVERDUE_SQL = "select v.state::text as state from activity_view v where v.kind = 'SERVER'"
            + " and v.status in (" + RuleStatuses.sqlList(RuleStatuses.startable(ActivityKind.SERVER)) + ")"
            + " and v.deliver_before <= $1" + page(2);

    public Uni<List<ActivityState>> deliveryOverdue(Instant now, UUID after, int limit) {
        return states(OVERDUE_SQL, Tuple.of(utc(now), after, limit));
    }

    /** Pre-filter of {@link io.activityplatform.events.rules.TimeoutRule}. */
    public Uni<List<ActivityState>> timedOut(Instant now, UUID after, int limit) {
        return states(SERVER + " and v.timeout_seconds is not null"
                + " and v.in_progress_since + make_interval(secs => v.timeout_seconds) <= $2" + page(3),
                Tuple.of(RUNNING, utc(now), after, limit));
    }

    /** Pre-filter of {@link io.activityplatform.events.rules.DependencyRule}: the dependency ended or progressed. */
    public Uni<List<Waiting>> waitingWithNews(UUID after, int limit) {
        String sql = "select v.state::text as state, d.state::text as dependency from activity_view v"
                + " left join activity_view d on d.id = v.wait_for_id"
                + " where v.kind = 'SERVER' and v.status = any($1) and (v.wait_for_id is null"
                + " or d.status = any($2) or d.progress_percent is not null)"
                + page(3);
        return pool.preparedQuery(sql).execute(Tuple.of(WAITING, FINAL, after, limit)).map(rows -> {
            List<Waiting> all = new ArrayList<>(rows.size());
            for (Row row : rows) {
                String dependency = row.getString("dependency");
                all.add(new Waiting(ActivityViewStore.fromRow(row),
                        dependency == null ? null : ActivityViewStore.fromJson(dependency)));
            }
            return all;
        });
    }

    /**
     * IN_PROGRESS server activities claimed before {@code staleBefore} whose execution has no fresh heartbeat
     * and no stored outcome (a finished execution is re-published by {@code Outcomes}, never recovered).
     */
    public Uni<List<Running>> orphanCandidates(Instant staleBefore, UUID after, int limit) {
        String sql = "select v.state::text as state, e.instance_id, e.heartbeat_at from activity_view v"
                + " left join job_executions e on e.claim_event_id = (v.state->>'claimEventId')::uuid"
                + " where v.kind = 'SERVER' and v.status = any($1) and v.in_progress_since <= $2"
                + " and (e.claim_event_id is null or (e.heartbeat_at <= $2 and e.outcome is null))" + page(3);
        return pool.preparedQuery(sql).execute(Tuple.of(RUNNING, utc(staleBefore), after, limit)).map(rows -> {
            List<Running> all = new ArrayList<>(rows.size());
            for (Row row : rows) {
                String instance = row.getString("instance_id");
                all.add(new Running(ActivityViewStore.fromRow(row),
                        instance == null ? null : new RecoveryRule.Heartbeat(instance, instant(row, "heartbeat_at"))));
            }
            return all;
        });
    }

    /**
     * The claim scan, served by the partial index {@code activity_view_server_queued} (migration V20): the
     * predicate repeats the index's literally, so even a generic plan of the prepared statement matches it.
     */
    static final String QUEUED_SQL = "select v.state::text as state from activity_view v where v.kind = 'SERVER'"
            + " and v.status = '" + ActivityStatus.QUEUED.name() + "' order by v.created_at, v.id limit $1";

    /** The oldest QUEUED server activities, for claiming. */
    public Uni<List<ActivityState>> queued(int limit) {
        return states(QUEUED_SQL, Tuple.of(limit));
    }

    /** Keyset paging in id order: parameter {@code $n} is the last id seen, {@code $n+1} the page size. */
    private static String page(int n) {
        return " and ($" + n + "::uuid is null or v.id > $" + n + ") order by v.id limit $" + (n + 1);
    }

    private Uni<List<ActivityState>> states(String sql, Tuple params) {
        return pool.preparedQuery(sql).execute(params).map(ServerActivityQueries::toStates);
    }

    static List<ActivityState> toStates(RowSet<Row> rows) {
        List<ActivityState> states = new ArrayList<>(rows.size());
        rows.forEach(row -> states.add(ActivityViewStore.fromRow(row)));
        return states;
    }
}
