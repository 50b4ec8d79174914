package io.activityplatform.api.repository;

import io.activityplatform.api.model.ActivityFilter;
import io.activityplatform.events.status.ActivityStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;

/** Activities matching a list filter, counted per status in one grouped query on {@code activity_view}. */
@ApplicationScoped
public class StatusCountQuery {

    private final Pool pool;

    public StatusCountQuery(Pool pool) {
        this.pool = pool;
    }

    /** Count per status, every status present (zero included). */
    public Uni<Map<ActivityStatus, Integer>> count(ActivityFilter filter) {
        FilterSql sql = FilterSql.of(filter, null);
        return pool.preparedQuery("select status, count(*) as n from activity_view" + sql.where()
                        + " group by status")
                .execute(sql.tuple())
                .map(rows -> {
                    Map<ActivityStatus, Integer> counts = new EnumMap<>(ActivityStatus.class);
                    for (ActivityStatus status : ActivityStatus.values()) {
                        counts.put(status, 0);
                    }
                    rows.forEach(row -> counts.put(ActivityStatus.valueOf(row.getString("status")),
                            row.getLong("n").intValue()));
                    return counts;
                });
    }
}
