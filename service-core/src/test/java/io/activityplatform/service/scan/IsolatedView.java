package io.activityplatform.service.scan;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * A private copy of the service's tables (same columns, indexes and defaults) in a schema of its own, with a
 * pool whose {@code search_path} points at it: the production SQL, unchanged, runs against states a test
 * wrote, and the running service never sees them.
 */
public final class IsolatedView implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Pool admin;
    private final Pool pool;
    private final String schema;

    private IsolatedView(Pool admin, Pool pool, String schema) {
        this.admin = admin;
        this.pool = pool;
        this.schema = schema;
    }

    /** @param tables the public tables to copy, e.g. {@code activity_view} */
    public static IsolatedView create(Vertx vertx, String reactiveUrl, String user, String password,
            List<String> tables) {
        String schema = "isolated_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Pool admin = PgPool.pool(vertx, connectOptions(reactiveUrl, user, password), new PoolOptions().setMaxSize(1));
        admin.query("create schema " + schema).execute().await().atMost(WAIT);
        for (String table : tables) {
            admin.query("create table " + schema + "." + table + " (like public." + table + " including all)")
                    .execute().await().atMost(WAIT);
        }
        PgConnectOptions isolated = connectOptions(reactiveUrl, user, password).addProperty("search_path", schema);
        return new IsolatedView(admin, PgPool.pool(vertx, isolated, new PoolOptions().setMaxSize(2)), schema);
    }

    /** Options for a pool of its own on the service's database, from its reactive datasource settings. */
    public static PgConnectOptions connectOptions(String reactiveUrl, String user, String password) {
        String url = reactiveUrl.startsWith("vertx-reactive:") ? reactiveUrl.substring("vertx-reactive:".length())
                : reactiveUrl;
        return PgConnectOptions.fromUri(url).setUser(user).setPassword(password);
    }

    public Pool pool() {
        return pool;
    }

    public Uni<Void> clear(String table) {
        return pool.query("delete from " + table).execute().replaceWithVoid();
    }

    @Override
    public void close() {
        pool.close().await().atMost(WAIT);
        admin.query("drop schema " + schema + " cascade").execute().await().atMost(WAIT);
        admin.close().await().atMost(WAIT);
    }
}
