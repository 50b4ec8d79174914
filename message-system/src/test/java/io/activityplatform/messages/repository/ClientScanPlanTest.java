package io.activityplatform.messages.repository;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.scan.PlanTestView;
import io.activityplatform.service.scan.QueryPlan;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * message-system's scans read client rows only (issue 11): among 6,000 server activities in the very statuses
 * the scans look for, EXPLAIN ANALYZE of the production queries (deadlines, timeouts, dependencies, unfinished
 * ends) shows no sequential scan and reads no more rows than there are client rows, through the client partial
 * indexes of V160. The benchmark measured the deadline scan at about 200 ms: it read every queued server row.
 * Dropping the client indexes (the planted fault) fails the same checks.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "message_system"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class ClientScanPlanTest extends PlanTestView {

    private static final int PER_STATUS = 20;
    private static final int CLIENT_ROWS = 3 * PER_STATUS;
    private static final List<String> CLIENT_INDEXES = List.of("(deliver_before, id) WHERE ((kind = 'CLIENT'::text)",
            "(status, id) WHERE (kind = 'CLIENT'::text)", "(computer_id, status) WHERE (kind = 'CLIENT'::text)");
    private static final OffsetDateTime NOW = OffsetDateTime.of(2031, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    @BeforeEach
    void serverRowsInEveryScannedStatusAndAFewClientOnes() {
        populate(160, 6000, "delivery", "delivery_claim");
        sql("update activity_view set kind = 'SERVER', deliver_before = null,"
                + " status = (array['QUEUED', 'WAITING', 'IN_PROGRESS'])[1 + abs(hashtext(id::text)) % 3]");
        // overdue client activities, client ones waiting for another, client ones running past their timeout
        sql("update activity_view set kind = 'CLIENT', status = 'QUEUED', deliver_before = '2031-05-01T00:00:00Z'"
                + " where id in (select id from activity_view order by id limit " + PER_STATUS + ")");
        sql("update activity_view set kind = 'CLIENT', status = 'WAITING', wait_for_id = null where id in"
                + " (select id from activity_view where kind = 'SERVER' order by id limit " + PER_STATUS + ")");
        sql("update activity_view set kind = 'CLIENT', status = 'IN_PROGRESS', timeout_seconds = 60,"
                + " in_progress_since = '2031-05-01T00:00:00Z' where id in (select id from activity_view"
                + " where kind = 'SERVER' order by id limit " + PER_STATUS + ")");
        sql("analyze activity_view");
    }

    @Test
    void everyScanReadsClientRowsOnly() {
        QueryPlan deadlines = deadlineScan();
        System.out.println("EXPLAIN (ANALYZE) of message-system's deadline scan, " + PER_STATUS
                + " overdue client rows among 6000:\n" + deadlines);

        for (QueryPlan plan : List.of(deadlines, timeouts(), dependencies(), unfinishedEnds())) {
            assertThat(plan.scansATable()).as("no sequential scan:\n%s", plan).isFalse();
            assertThat(rowsRead(plan)).as("rows read:\n%s", plan).isLessThanOrEqualTo(CLIENT_ROWS);
            List<String> client = CLIENT_INDEXES.stream().map(this::indexNamed).toList();
            assertThat(plan.indexesScanned()).as("through the client indexes").isNotEmpty()
                    .allMatch(name -> client.contains(name) || name.contains("pkey"));
        }
        assertThat(deadlines.rowsReturned()).isEqualTo(PER_STATUS);
        assertThat(timeouts().rowsReturned()).isEqualTo(PER_STATUS);
        assertThat(dependencies().rowsReturned()).isEqualTo(PER_STATUS);
    }

    @Test
    void withoutTheClientIndexesTheScansReadServerRows() {
        for (String index : CLIENT_INDEXES) {
            sql("drop index " + indexNamed(index));
        }
        sql("analyze activity_view");

        for (QueryPlan plan : List.of(deadlineScan(), timeouts(), dependencies(), unfinishedEnds())) {
            assertThat(plan.scansATable() || rowsRead(plan) > CLIENT_ROWS).as("the planted fault is detected:\n%s",
                    plan).isTrue();
        }
    }

    /** Rows the plan's table and index scans read: returned or removed by a filter, over every loop. */
    private static long rowsRead(QueryPlan plan) {
        long read = 0;
        for (JsonNode node : plan.nodes()) {
            if (node.has("Relation Name")) {
                read += (node.path("Actual Rows").asLong() + node.path("Rows Removed by Filter").asLong())
                        * Math.max(1, node.path("Actual Loops").asLong());
            }
        }
        return read;
    }

    private QueryPlan deadlineScan() {
        return explain(ClientActivityQueries.PAST_DEADLINE, Tuple.of(NOW, null, 500));
    }

    private QueryPlan timeouts() {
        return explain(ClientActivityQueries.TIMED_OUT, Tuple.of(ClientActivityQueries.RUNNING, NOW, null, 500));
    }

    private QueryPlan dependencies() {
        return explain(ClientActivityQueries.WAITING_DECIDABLE, Tuple.of(ClientActivityQueries.WAITING,
                ClientActivityQueries.FINAL, null, 500));
    }

    private QueryPlan unfinishedEnds() {
        return explain(ClientActivityQueries.UNFINISHED_ENDS, Tuple.of(ClientActivityQueries.RUNNING, NOW, null, 500));
    }
}
