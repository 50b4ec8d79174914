package io.activityplatform.api.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.scan.PlanTestView;
import io.activityplatform.service.scan.QueryPlan;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The view's parent and computer indexes hold only rows that have one (V31, issue 11): a server activity's
 * status change adds no entry to either, and the queries on them still read only what they return. With the
 * full indexes of the shared schema (the planted fault) every row has an entry and the entry checks fail.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class ViewIndexEntriesTest extends PlanTestView {

    private static final int ROWS = 4000;
    private static final int CHILDREN = 12;
    private static final UUID PARENT = UUID.fromString("7d1b6a52-6f0e-4c3e-9a55-0c4f7c1d2e90");

    @BeforeEach
    void parentlessMostlyAndHalfOnComputers() {
        populate(31, ROWS);
        sql("update activity_view set account_id = 'acme'");
        sql("update activity_view set parent_id = '" + PARENT + "' where id in (select id from activity_view"
                + " where computer_id is not null order by id limit " + CHILDREN + ")");
        sql("vacuum analyze activity_view");
    }

    @Test
    void onlyRowsWithAParentOrAComputerHaveEntries() {
        long onComputers = count("select count(*) from activity_view where computer_id is not null");

        assertThat(onComputers).as("the population mixes server and client activities").isBetween(1L, ROWS - 1L);
        assertThat(indexEntries("(parent_id)")).isEqualTo(CHILDREN);
        assertThat(indexEntries("(computer_id, status)")).isEqualTo(onComputers);
    }

    @Test
    void aRequestsChildrenAreCountedThroughThePartialIndex() {
        QueryPlan plan = explain(ActivityQueryRepository.COUNT_CHILDREN_SQL,
                Tuple.of(PARENT, new String[] {"acme"}));

        assertThat(plan.scansATable()).as("no sequential scan:\n%s", plan).isFalse();
        assertThat(plan.indexesScanned()).contains(indexNamed("(parent_id)"));
    }

    @Test
    void withTheFullIndexEveryRowHasAnEntry() {
        sql("drop index " + indexNamed("(parent_id)"));
        sql("create index on activity_view (parent_id)");
        sql("vacuum analyze activity_view");

        assertThat(indexEntries("(parent_id)")).as("the planted fault is detected").isEqualTo(ROWS);
    }
}
