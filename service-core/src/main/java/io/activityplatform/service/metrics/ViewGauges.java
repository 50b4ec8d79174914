package io.activityplatform.service.metrics;

import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.status.ActivityStatus;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * {@code activities_view_activities{status,kind}}: how many activities this service's view holds in each
 * status, per kind. One grouped query per refresh period ({@code activities.metrics.refresh}), never one per
 * scrape, so Prometheus cannot load the database; and at most 1% of the time ({@link RefreshBudget}), since
 * the query reads the whole view: a large view refreshes less often instead of costing more.
 */
@ApplicationScoped
@io.quarkus.runtime.Startup
public class ViewGauges {

    private static final Logger LOG = Logger.getLogger(ViewGauges.class);

    /** The share of the time the scheduled refresh may take. */
    private static final double MAX_SHARE = 0.01;

    private final Pool pool;
    private final GaugeTable table;
    private final RefreshBudget budget = new RefreshBudget(MAX_SHARE);

    public ViewGauges(Pool pool, MeterRegistry registry) {
        this.pool = pool;
        this.table = new GaugeTable(registry, MetricNames.VIEW_ACTIVITIES, MetricNames.TAG_STATUS, MetricNames.TAG_KIND);
        for (ActivityStatus status : ActivityStatus.values()) {
            for (ActivityKind kind : ActivityKind.values()) {
                table.declare(status.name(), kind.name());
            }
        }
    }

    @Scheduled(every = "${activities.metrics.refresh:15s}", delayed = "${activities.metrics.refresh:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduledRefresh() {
        long start = System.nanoTime();
        if (!budget.due(start)) {
            return Uni.createFrom().voidItem();
        }
        return refresh().eventually(() -> budget.spent(start, System.nanoTime())).onFailure().recoverWithItem(e -> {
            LOG.debugf("View gauges not refreshed: %s", e.getMessage());
            return null;
        });
    }

    /** Reads the counts once and updates every gauge. */
    public Uni<Void> refresh() {
        return pool.query("select status, kind, count(*) as n from activity_view group by status, kind").execute()
                .map(rows -> {
                    Map<List<String>, Long> counts = new HashMap<>();
                    for (Row row : rows) {
                        counts.put(List.of(row.getString("status"), row.getString("kind")), row.getLong("n"));
                    }
                    table.refresh(counts);
                    return null;
                });
    }

    public long value(ActivityStatus status, ActivityKind kind) {
        return table.value(status.name(), kind.name());
    }
}
