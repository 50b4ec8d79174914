package io.activityplatform.service.reactive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.activityplatform.service.scan.IsolatedView;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link PipelinedTransaction} against the service's real PostgreSQL, on a pool of one connection, so every
 * run after a failure gets the very connection the failure had: the statements sent together with BEGIN run
 * inside the transaction, and nothing (a failed statement, a failure in the work's own code, a cancellation)
 * returns that connection to the pool with a transaction still open. Each service may run it through a
 * {@code @QuarkusTest} subclass.
 */
public abstract class PipelinedTransactionContract {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Vertx vertx;

    private Pool single;
    private String table;

    @BeforeEach
    void onePooledConnection() {
        single = PgPool.pool(vertx, options(), new PoolOptions().setMaxSize(1));
        table = "pipelined_tx_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        single.query("create table " + table + " (n integer not null)").execute().await().atMost(WAIT);
    }

    @AfterEach
    void dropTable() {
        single.query("drop table " + table).execute().await().atMost(WAIT);
        single.close().await().atMost(WAIT);
    }

    @Test
    void commitsTheWorkAndAnswersItsItem() {
        String item = PipelinedTransaction.run(single, conn -> insert(conn, 1).flatMap(v -> insert(conn, 2))
                .replaceWith("done")).await().atMost(WAIT);

        assertThat(item).isEqualTo("done");
        assertThat(rows()).isEqualTo(2);
        assertNotInTransaction();
    }

    @Test
    void theStatementSentWithBeginIsRolledBackWithTheRest() {
        // the insert leaves together with BEGIN, before BEGIN answered: it must still be inside the transaction
        assertThatThrownBy(() -> PipelinedTransaction.run(single, conn -> Uni.join()
                        .all(insert(conn, 1), conn.query("select 1 / 0").execute().replaceWithVoid())
                        .andCollectFailures().replaceWithVoid())
                .await().atMost(WAIT)).hasMessageContaining("division by zero");

        assertThat(rows()).as("the first statement was part of the rolled back transaction").isZero();
        assertNotInTransaction();
    }

    @Test
    void aFailureInTheWorksOwnCodeRollsBack() {
        assertThatThrownBy(() -> PipelinedTransaction.run(single, conn -> insert(conn, 1)
                        .invoke(() -> {
                            throw new IllegalStateException("fold failed");
                        }))
                .await().atMost(WAIT)).hasMessage("fold failed");

        assertThat(rows()).isZero();
        assertNotInTransaction();
    }

    @Test
    void aCancelledRunLeavesNoTransactionOpen() {
        Cancellable running = PipelinedTransaction.run(single, conn -> insert(conn, 1)
                        .flatMap(v -> conn.query("select pg_sleep(1)").execute()))
                .subscribe().with(item -> { }, failure -> { });
        await().atMost(WAIT).until(this::sleepingInOtherSession);

        running.cancel();

        assertThat(rows()).isZero();
        assertNotInTransaction();
    }

    /** The check above can fail: a connection returned with a transaction open is seen by it. */
    @Test
    void theCheckSeesAConnectionLeftInATransaction() {
        single.query("begin").execute().await().atMost(WAIT);

        assertThat(inTransaction()).isTrue();
        single.query("rollback").execute().await().atMost(WAIT);
        assertThat(inTransaction()).isFalse();
    }

    private Uni<Void> insert(SqlConnection conn, int n) {
        return conn.preparedQuery("insert into " + table + " (n) values ($1)").execute(Tuple.of(n)).replaceWithVoid();
    }

    private long rows() {
        return countOnAnotherConnection("select count(*) from " + table);
    }

    private boolean sleepingInOtherSession() {
        return countOnAnotherConnection("select count(*) from pg_stat_activity where query = 'select pg_sleep(1)'"
                + " and state = 'active'") > 0;
    }

    /** A connection apart from the single pool's: sees only what was committed. */
    private long countOnAnotherConnection(String sql) {
        Pool other = PgPool.pool(vertx, options(), new PoolOptions().setMaxSize(1));
        try {
            return other.query(sql).execute().await().atMost(WAIT).iterator().next().getLong(0);
        } finally {
            other.close().await().atMost(WAIT);
        }
    }

    private static PgConnectOptions options() {
        Config config = ConfigProvider.getConfig();
        return IsolatedView.connectOptions(config.getValue("quarkus.datasource.reactive.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    private void assertNotInTransaction() {
        assertThat(inTransaction()).as("the pooled connection is outside any transaction").isFalse();
    }

    /** Two statements on the pool's one connection: outside a transaction each gets its own transaction id. */
    private boolean inTransaction() {
        long first = xactId();
        long second = xactId();
        return first == second;
    }

    private long xactId() {
        return single.query("select pg_current_xact_id()::text::bigint").execute().await().atMost(WAIT)
                .iterator().next().getLong(0);
    }
}
