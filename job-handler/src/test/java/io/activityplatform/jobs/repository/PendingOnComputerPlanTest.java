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
 * The computer index of job-handler's view holds only the rows its one query reads (V23, issue 11): a
 * computer's activities that have not started. Server activities and finished ones have no entry, so their
 * status changes cost it nothing, and the query ({@link ViewQueries#PENDING_ON_COMPUTER_SQL}) reads a page in id
 * order without a sort. With the shared schema's (computer_id, status) index (the planted fault) it sorts.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "job_handler"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class PendingOnComputerPlanTest extends PlanTestView {

    private static final String PENDING = "status in ('QUEUED', 'SCHEDULED', 'WAITING', 'BLOCKED')";
    private static final String PARTIAL = "(computer_id, id) WHERE ((computer_id IS NOT NULL)";

    @BeforeEach
    void serverAndClientActivitiesInEveryStatus() {
        populate(23, 4000);
        sql("vacuum analyze activity_view");
    }

    @Test
    void onlyPendingClientRowsHaveEntries() {
        long pendingOnComputers = count("select count(*) from activity_view where computer_id is not null and "
                + PENDING);

        assertThat(pendingOnComputers).isBetween(1L, count("select count(*) from activity_view") / 2);
        assertThat(indexEntries(PARTIAL)).isEqualTo(pendingOnComputers);
    }

    @Test
    void aComputersPendingPageIsReadInIdOrderThroughTheIndex() {
        QueryPlan plan = explain();

        assertThat(plan.readsOnlyWhatItReturns()).as("no filtered rows, no sort, no sequential scan:\n%s", plan)
                .isTrue();
        assertThat(plan.indexesScanned()).containsOnly(indexNamed(PARTIAL));
        assertThat((long) plan.rowsReturned()).isEqualTo(count("select least(100, count(*)) from activity_view"
                + " where computer_id = 'c1' and " + PENDING));
    }

    @Test
    void withTheSharedIndexThePageIsSorted() {
        sql("drop index " + indexNamed(PARTIAL));
        sql("create index on activity_view (computer_id, status)");
        sql("analyze activity_view");

        assertThat(explain().readsOnlyWhatItReturns()).as("the planted fault is detected").isFalse();
    }

    private QueryPlan explain() {
        return explain(ViewQueries.PENDING_ON_COMPUTER_SQL, Tuple.of("c1", null, 100));
    }
}
