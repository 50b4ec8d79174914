package io.activityplatform.messages.metrics;

import io.activityplatform.service.metrics.GaugeTable;
import io.activityplatform.service.metrics.MetricNames;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * {@code activities_agents{state}} and {@code activities_outbox_messages}, from one query each per refresh
 * period ({@code activities.metrics.refresh}), never per scrape. Agent states: {@code active} (exchanged in
 * the last 15 minutes), {@code silent}, {@code never_exchanged}, {@code clone_suspected}.
 */
@ApplicationScoped
@io.quarkus.runtime.Startup
public class AgentGauges {

    static final List<String> STATES = List.of("active", "silent", "never_exchanged", "clone_suspected");
    private static final Logger LOG = Logger.getLogger(AgentGauges.class);
    private static final String AGENTS_BY_STATE = """
            select case when clone_suspected_at is not null then 'clone_suspected'
                        when last_exchange_at is null then 'never_exchanged'
                        when last_exchange_at > now() - interval '15 minutes' then 'active'
                        else 'silent' end as state, count(*) as n
            from agent group by 1""";
    private static final String OUTBOX = """
            select count(*) as n from outgoing_message m join agent a on a.computer_id = m.computer_id
            where m.sequence >= a.acked_sequence""";

    private final Pool pool;
    private final GaugeTable agents;
    private final AtomicLong outbox;

    public AgentGauges(Pool pool, MeterRegistry registry) {
        this.pool = pool;
        this.agents = new GaugeTable(registry, MetricNames.AGENTS, MetricNames.TAG_STATE);
        STATES.forEach(agents::declare);
        this.outbox = registry.gauge(MetricNames.OUTBOX_MESSAGES, new AtomicLong());
    }

    @Scheduled(every = "${activities.metrics.refresh:15s}", delayed = "${activities.metrics.refresh:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduledRefresh() {
        return refresh().onFailure().recoverWithItem(e -> {
            LOG.debugf("Agent gauges not refreshed: %s", e.getMessage());
            return null;
        });
    }

    public Uni<Void> refresh() {
        return pool.query(AGENTS_BY_STATE).execute().map(rows -> {
            Map<List<String>, Long> counts = new HashMap<>();
            for (Row row : rows) {
                counts.put(List.of(row.getString("state")), row.getLong("n"));
            }
            agents.refresh(counts);
            return null;
        }).flatMap(v -> pool.query(OUTBOX).execute())
                .map(rows -> {
                    outbox.set(rows.iterator().next().getLong("n"));
                    return null;
                });
    }

    public long agents(String state) {
        return agents.value(state);
    }

    public long outbox() {
        return outbox.get();
    }
}
