package io.activityplatform.service.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** EXPLAIN (ANALYZE) of a production query, and the checks the plan tests of every service make on it (issue 11). */
public record QueryPlan(JsonNode root) {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    public static QueryPlan of(Pool pool, String sql, Tuple parameters) {
        Row row = pool.preparedQuery("explain (analyze, format json) " + sql).execute(parameters).await().atMost(WAIT)
                .iterator().next();
        try {
            return new QueryPlan(JSON.readTree(row.getValue(0).toString()).get(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query touches only rows it returns: nothing removed by a filter, nothing sorted, no sequential scan. */
    public boolean readsOnlyWhatItReturns() {
        List<JsonNode> nodes = nodes();
        return nodes.stream().noneMatch(n -> n.path("Rows Removed by Filter").asLong() > 0)
                && nodes.stream().noneMatch(n -> n.path("Node Type").asText().contains("Sort"))
                && nodes.stream().noneMatch(n -> n.path("Node Type").asText().contains("Seq Scan"));
    }

    /**
     * Like {@link #readsOnlyWhatItReturns()}, but what it read may be sorted: for a scan served by an index in
     * another order than the query's (a deadline index for a page in id order), whose matches are few.
     */
    public boolean readsOnlyWhatItReturnsInAnyOrder() {
        List<JsonNode> nodes = nodes();
        return nodes.stream().noneMatch(n -> n.path("Rows Removed by Filter").asLong() > 0)
                && nodes.stream().noneMatch(n -> n.path("Node Type").asText().contains("Seq Scan"));
    }

    /** Whether any node reads a whole table. */
    public boolean scansATable() {
        return nodes().stream().anyMatch(n -> n.path("Node Type").asText().contains("Seq Scan"));
    }

    public List<String> indexesScanned() {
        return nodes().stream().filter(n -> n.has("Index Name")).map(n -> n.path("Index Name").asText()).toList();
    }

    public int rowsReturned() {
        return root.path("Plan").path("Actual Rows").asInt();
    }

    public List<JsonNode> nodes() {
        List<JsonNode> nodes = new ArrayList<>();
        collect(root.path("Plan"), nodes);
        return nodes;
    }

    @Override
    public String toString() {
        return root.toPrettyString();
    }

    /** The name of the table's index whose definition contains {@code fragment} (copies name indexes themselves). */
    public static String indexNamed(Pool pool, String table, String fragment) {
        for (Row row : pool.query("select indexname, indexdef from pg_indexes where tablename = '" + table + "'"
                + " and schemaname = current_schema()").execute().await().atMost(WAIT)) {
            if (row.getString("indexdef").contains(fragment)) {
                return row.getString("indexname");
            }
        }
        return null;
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        into.add(node);
        node.path("Plans").forEach(child -> collect(child, into));
    }
}
