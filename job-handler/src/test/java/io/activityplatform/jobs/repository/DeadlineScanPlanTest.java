package io.activityplatform.jobs.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.scan.PlanTestView;
import io.activityplatform.service.scan.QueryPlan;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The deadline scan does not read a backlog (issue 11): among thousands of QUEUED server activities without a
 * deadline and a history of finished ones, EXPLAIN ANALYZE of the production query
 * ({@link ServerActivityQueries#OVERDUE_SQL}) reads only the startable rows whose deadline passed, through the
 * partial index of V22. Without it (the planted fault) the same check fails: the benchmark measured that
 * scan at 40-185 ms, 11,638 queued rows read and removed by the filter.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "job_handler"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class DeadlineScanPlanTest extends PlanTestView {

    private static final int OVERDUE = 20;
    private static final String PARTIAL = "(deliver_before, id) WHERE ((kind = 'SERVER'::text)";
    private static final OffsetDateTime NOW = OffsetDateTime.of(2031, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    @BeforeEach
    void aBacklogWithoutDeadlinesAndAHistoryOfPassedOnes() {
        populate(22, 6000);
        sql("update activity_view set kind = 'SERVER', status = 'QUEUED', deliver_before = null");
        // a history of finished activities (the index holds none of them, whatever their deadline)
        sql("update activity_view set status = 'SUCCEEDED' where id in (select id from activity_view order by id"
                + " limit 2000)");
        // overdue, due later, and overdue but a client's (message-system's business)
        sql("update activity_view set deliver_before = '2031-05-01T00:00:00Z' where id in (select id from"
                + " activity_view where status = 'QUEUED' order by id limit " + OVERDUE + ")");
        sql("update activity_view set deliver_before = '2031-07-01T00:00:00Z' where id in (select id from"
                + " activity_view where status = 'QUEUED' and deliver_before is null order by id limit 30)");
        sql("update activity_view set kind = 'CLIENT', deliver_before = '2031-05-01T00:00:00Z' where id in"
                + " (select id from activity_view where status = 'QUEUED' and deliver_before is null"
                + " order by id limit 30)");
        sql("analyze activity_view");
    }

    @Test
    void theDeadlineScanReadsOnlyOverdueStartableServerRows() {
        QueryPlan plan = explain();
        System.out.println("EXPLAIN (ANALYZE) of the deadline scan, " + OVERDUE + " overdue among 6000 rows:\n" + plan);

        assertThat(plan.readsOnlyWhatItReturnsInAnyOrder()).as("no filtered rows, no sequential scan").isTrue();
        assertThat(plan.indexesScanned()).as("the index scanned is the partial one").containsOnly(partialIndexName());
        assertThat(plan.rowsReturned()).isEqualTo(OVERDUE);
    }

    @Test
    void withoutThePartialIndexTheScanReadsTheBacklog() {
        sql("drop index " + partialIndexName());
        sql("analyze activity_view");

        assertThat(explain().readsOnlyWhatItReturnsInAnyOrder()).as("the planted fault is detected").isFalse();
    }

    private QueryPlan explain() {
        return explain(ServerActivityQueries.OVERDUE_SQL, Tuple.of(NOW, null, 500));
    }

    private String partialIndexName() {
        return indexNamed(PARTIAL);
    }
}
