package io.activityplatform.service.scan;

import io.activityplatform.service.projection.ActivityViewStore;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;

/**
 * What the query-plan tests share: a private copy of {@code activity_view} (indexes included) filled with
 * random states, statements on it, and EXPLAIN of a production query over it.
 */
public abstract class PlanTestView {

    public static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    protected Vertx vertx;
    @ConfigProperty(name = "quarkus.datasource.reactive.url")
    protected String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    protected String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    protected String password;

    private IsolatedView view;

    /**
     * Creates the copy with {@code rows} random states (seeded, so every run plans the same data), and empty
     * copies of {@code otherTables}.
     */
    public void populate(long seed, int rows, String... otherTables) {
        List<String> tables = new java.util.ArrayList<>(List.of("activity_view"));
        tables.addAll(List.of(otherTables)); // empty copies of what the query joins
        view = IsolatedView.create(vertx, url, user, password, tables);
        new ActivityViewStore(view.pool()).upsert(view.pool(),
                new RandomStates(seed, Instant.parse("2031-05-01T12:00:00Z")).population(rows)).await().atMost(WAIT);
    }

    @AfterEach
    public void drop() {
        view.close();
    }

    public void sql(String statement) {
        view.pool().query(statement).execute().await().atMost(WAIT);
    }

    /** The first column of the first row of {@code query}, run on the copy, as a number. */
    public long count(String query) {
        return view.pool().query(query).execute().await().atMost(WAIT).iterator().next().getLong(0);
    }

    /** Entries of the copy's index whose definition contains {@code fragment}, as the last VACUUM counted them. */
    public long indexEntries(String fragment) {
        return count("select reltuples::bigint from pg_class where relname = '" + indexNamed(fragment) + "'"
                + " and relnamespace = (select oid from pg_namespace where nspname = current_schema())");
    }

    public QueryPlan explain(String query, Tuple parameters) {
        return QueryPlan.of(view.pool(), query, parameters);
    }

    /** The copy's name of the index whose definition contains {@code fragment} (the copy names indexes itself). */
    public String indexNamed(String fragment) {
        return QueryPlan.indexNamed(view.pool(), "activity_view", fragment);
    }
}
