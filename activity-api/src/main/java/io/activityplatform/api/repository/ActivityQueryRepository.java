package io.activityplatform.api.repository;

import io.activityplatform.api.model.ActivityFilter;
import io.activityplatform.api.model.Listed;
import io.activityplatform.api.model.PageCursor;
import io.activityplatform.api.model.SortOrder;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.service.projection.ActivityViewStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Queries over {@code activity_view} beyond service-core's lookups: filtered keyset pages and counts. */
@ApplicationScoped
public class ActivityQueryRepository {

    private final Pool pool;

    public ActivityQueryRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * Up to {@code limit} activities matching {@code filter} after {@code cursor}, ordered by (created_at, id):
     * a keyset page, served by the (created_at, id) index, whose boundaries do not move when rows are inserted.
     */
    public Uni<List<Listed>> page(ActivityFilter filter, PageCursor cursor, SortOrder order, int limit) {
        FilterSql sql = FilterSql.of(filter, cursor);
        String direction = order == SortOrder.ASC ? "asc" : "desc";
        int limitParam = sql.param(limit);
        String query = "select state::text as state, created_at from activity_view" + sql.where()
                + " order by created_at " + direction + ", id " + direction + " limit $" + limitParam;
        return pool.preparedQuery(query).execute(sql.tuple()).map(rows -> {
            List<Listed> page = new ArrayList<>(rows.size());
            for (Row row : rows) {
                page.add(new Listed(ActivityViewStore.fromRow(row), row.getOffsetDateTime("created_at").toInstant()));
            }
            return page;
        });
    }

    /** Served by the partial index of parents (V31): the parentless majority has no entry in it. */
    static final String COUNT_CHILDREN_SQL = "select status, count(*) as n from activity_view where parent_id = $1"
            + " and account_id = any($2) group by status";

    /**
     * How many activities of one multi-computer request, among those of {@code accounts}, are in each status;
     * empty when none exist.
     */
    public Uni<Map<ActivityStatus, Integer>> countByStatus(UUID parentId, Set<String> accounts) {
        return pool.preparedQuery(COUNT_CHILDREN_SQL)
                .execute(Tuple.of(parentId, accounts.toArray(String[]::new)))
                .map(rows -> {
                    Map<ActivityStatus, Integer> counts = new EnumMap<>(ActivityStatus.class);
                    rows.forEach(row -> counts.put(ActivityStatus.valueOf(row.getString("status")),
                            row.getLong("n").intValue()));
                    return counts;
                });
    }
}
