package io.activityplatform.service.reactive;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import java.util.function.Function;

/**
 * A transaction whose BEGIN travels with its first statements. {@code Pool.withTransaction} waits for BEGIN's
 * answer before it runs the work, one round trip per transaction that carries nothing (issue 11, tenth
 * round: BEGIN was the longest step of an idle projection batch). Here the work is started right after
 * BEGIN is queued: the client pipelines the work's first statements behind it on the same connection, and
 * they run inside the transaction because the server reads them after it.
 *
 * <p>Ending is the client's own: COMMIT goes out once every statement answered, a failed statement turns
 * it into a ROLLBACK, and a failure or a cancellation anywhere rolls back before the connection returns to
 * the pool, so no pooled connection is ever left inside a transaction.
 */
public final class PipelinedTransaction {

    private PipelinedTransaction() {
    }

    /** Runs {@code work} in one transaction on one pooled connection; its item once committed. */
    public static <T> Uni<T> run(Pool pool, Function<SqlConnection, Uni<T>> work) {
        return pool.withConnection(conn -> Uni.combine().all()
                // subscribed in this order: BEGIN is queued first, then the work's statements behind it
                .unis(conn.begin(), Uni.createFrom().deferred(() -> work.apply(conn)))
                .asTuple()
                .flatMap(begunAndDone -> begunAndDone.getItem1().commit().replaceWith(begunAndDone.getItem2()))
                .onFailure().call(() -> rollback(conn)));
    }

    /** Ends a transaction a failure left open; a rollback that fails too changes nothing about the failure. */
    private static Uni<Void> rollback(SqlConnection conn) {
        Transaction open = conn.transaction();
        return open == null ? Uni.createFrom().voidItem() : open.rollback().onFailure().recoverWithNull();
    }
}
