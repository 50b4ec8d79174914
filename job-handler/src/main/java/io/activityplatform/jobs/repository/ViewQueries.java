package io.activityplatform.jobs.repository;

import static io.activityplatform.service.time.Timestamps.utc;

import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.rules.RuleStatuses;
import io.activityplatform.events.status.ActivityStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The handlers' reads of the own view, in id-ordered pages. Handlers run on worker threads, so these also
 * come as blocking page walks.
 */
@ApplicationScoped
public class ViewQueries {

    /** Fetches one page after an id (null: from the start). */
    public interface PageQuery {
        Uni<List<ActivityState>> page(UUID after, int limit);
    }

    /** Takes one page; may stop the walk by throwing (an interrupt, a write error). */
    public interface PageConsumer {
        void accept(List<ActivityState> page) throws Exception;
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Pool pool;

    public ViewQueries(Pool pool) {
        this.pool = pool;
    }

    /**
     * Served by the partial index of V23: pending client rows only, in id order. The statuses are the shared
     * "not started" set, written as literals so that every plan can prove the index's predicate.
     */
    static final String PENDING_ON_COMPUTER_SQL = "select state::text as state from activity_view"
            + " where computer_id = $1 and status in (" + RuleStatuses.sqlList(ActivityStatus.initialStatuses()) + ")"
            + " and ($2::uuid is null or id > $2) order by id limit $3";

    /** Activities targeting the computer that have not started: QUEUED, SCHEDULED, WAITING or BLOCKED. */
    public PageQuery pendingOnComputer(String computerId) {
        return (after, limit) -> states(PENDING_ON_COMPUTER_SQL, Tuple.of(computerId, after, limit));
    }

    /** Final, not yet archived activities in the given statuses that finished at or before the cutoff. */
    public PageQuery finishedBefore(Instant cutoff, List<String> statuses) {
        return (after, limit) -> states("select state::text as state from activity_view where status = any($1)"
                + " and not archived and finished_at <= $2 and ($3::uuid is null or id > $3) order by id limit $4",
                Tuple.of(statuses.toArray(String[]::new), utc(cutoff), after, limit));
    }

    /**
     * Final activities of a type, optionally only on some computers (empty: all). Served by the partial index
     * {@code activity_view_finished_type} (V21), so its cost does not grow with other types' history.
     */
    static final String FINISHED_OF_TYPE_SQL = "select state::text as state from activity_view where type = $1"
            + " and status in ('SUCCEEDED', 'FAILED', 'CANCELED') and ($2::text[] is null or computer_id = any($2))"
            + " and ($3::uuid is null or id > $3) order by id limit $4";

    /** Final activities of a type, optionally only on some computers (empty: all). */
    public PageQuery finishedOfType(String type, List<String> computerIds) {
        String[] computers = computerIds.isEmpty() ? null : computerIds.toArray(String[]::new);
        return (after, limit) -> states(FINISHED_OF_TYPE_SQL, Tuple.of(type, computers, after, limit));
    }

    /** Blocking: hands every page to {@code consumer}, in id order. */
    public void forEachPage(PageQuery query, int pageSize, PageConsumer consumer) throws Exception {
        UUID after = null;
        List<ActivityState> page;
        do {
            page = query.page(after, pageSize).await().atMost(TIMEOUT);
            if (!page.isEmpty()) {
                consumer.accept(page);
                after = page.get(page.size() - 1).id();
            }
        } while (page.size() == pageSize);
    }

    private Uni<List<ActivityState>> states(String sql, Tuple params) {
        return pool.preparedQuery(sql).execute(params).map(ServerActivityQueries::toStates);
    }
}
