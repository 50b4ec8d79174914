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
 * A USG report's read does not grow with other history (issue 11): among thousands of finished activities of
 * other types, EXPLAIN ANALYZE of the production query ({@link ViewQueries#FINISHED_OF_TYPE_SQL}) reads only
 * the finished runs of the asked type, through the partial index of V21. Without it (the planted fault) the
 * same check fails.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "job_handler"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class FinishedOfTypePlanTest extends PlanTestView {

    private static final int RUNS = 40;
    private static final String PARTIAL = "(type, id) WHERE (status = ANY (ARRAY['SUCCEEDED'::text, 'FAILED'::text, 'CANCELED'::text]))";

    @BeforeEach
    void aLongHistoryOfOtherTypesAndAFewRuns() {
        populate(21, 6000);
        sql("update activity_view set status = 'SUCCEEDED', type = 'GenerateUsgReportActivity'");
        sql("update activity_view set type = 'UsgActivity' where id in (select id from activity_view order by id"
                + " limit " + RUNS + ")");
        sql("analyze activity_view");
    }

    @Test
    void aReportReadsOnlyTheRunsItReports() {
        QueryPlan plan = explain();
        System.out.println("EXPLAIN (ANALYZE) of a USG report's read, " + RUNS + " runs among 6000 finished:\n" + plan);

        assertThat(plan.readsOnlyWhatItReturns()).as("no filtered rows, no sort, no sequential scan").isTrue();
        assertThat(plan.indexesScanned()).containsOnly(partialIndexName());
        assertThat(plan.rowsReturned()).isEqualTo(RUNS);
    }

    @Test
    void withoutThePartialIndexTheReadWalksEveryFinishedRow() {
        sql("drop index " + partialIndexName());
        sql("analyze activity_view");

        assertThat(explain().readsOnlyWhatItReturns()).as("the planted fault is detected").isFalse();
    }

    private QueryPlan explain() {
        return explain(ViewQueries.FINISHED_OF_TYPE_SQL,
                Tuple.of("UsgActivity", null, null, 1000));
    }

    private String partialIndexName() {
        return indexNamed(PARTIAL);
    }
}
