package io.activityplatform.jobs.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.scan.PlanTestView;
import io.activityplatform.service.scan.QueryPlan;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The claim scan's cost does not grow with history or backlog (issue 11): over a view of mostly finished
 * activities and a backlog of queued server activities, EXPLAIN ANALYZE of the production query shows one
 * ordered scan of the partial index on QUEUED server rows that stops after the page: nothing removed by a
 * filter, no sort of the backlog. Without that index (the planted fault) the same check fails.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "job_handler"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class ClaimScanPlanTest extends PlanTestView {

    private static final int BACKLOG = 1000;
    private static final int CLAIMS = 32;
    private static final String PARTIAL = "WHERE ((kind = 'SERVER'::text) AND (status = 'QUEUED'::text))";

    @BeforeEach
    void historyOfFinishedActivitiesAndABacklog() {
        populate(11, 6000);
        // a long history of finished activities and a backlog of QUEUED server activities
        sql("update activity_view set status = 'SUCCEEDED'");
        sql("update activity_view set status = 'QUEUED' where id in (select id from activity_view"
                + " where kind = 'SERVER' order by id limit " + BACKLOG + ")");
        sql("analyze activity_view");
    }

    @Test
    void theClaimScanReadsOnlyQueuedServerRows() {
        QueryPlan plan = explain();
        System.out.println("EXPLAIN (ANALYZE) of the claim scan, " + CLAIMS + " of " + BACKLOG
                + " queued among 6000 rows:\n" + plan);

        assertThat(plan.readsOnlyWhatItReturns()).as("no filtered rows, no sort, no sequential scan").isTrue();
        assertThat(plan.indexesScanned()).as("the index scanned is the partial one").containsOnly(partialIndexName());
        assertThat(plan.rowsReturned()).isEqualTo(CLAIMS);
    }

    @Test
    void withoutThePartialIndexTheScanWalksHistory() {
        sql("drop index " + partialIndexName());
        sql("analyze activity_view");

        assertThat(explain().readsOnlyWhatItReturns()).as("the planted fault is detected").isFalse();
    }

    private QueryPlan explain() {
        return explain(ServerActivityQueries.QUEUED_SQL, Tuple.of(CLAIMS));
    }

    /** The copy's name of the partial index (LIKE ... INCLUDING ALL names copied indexes itself). */
    private String partialIndexName() {
        return indexNamed(PARTIAL);
    }
}
