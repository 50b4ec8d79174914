package io.activityplatform.service.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * A service's own part of the projection. The consumer calls every listener bean with each batch inside
 * the batch's transaction (so a listener's rows are exactly-once like the view), then again after commit
 * (to wake in-memory work: SSE clients, claim waiters, executors).
 */
public interface ProjectionListener {

    /** Write this service's own rows for the batch, in the batch's transaction. */
    default Uni<Void> inTransaction(SqlConnection tx, ProjectionBatch batch) {
        return Uni.createFrom().voidItem();
    }

    /** React to a committed batch. Runs on the consumer thread: hand long work to another thread. */
    default void afterCommit(ProjectionBatch batch) {
    }

    /** Drop this service's own projected rows, for a rebuild from offset 0. */
    default Uni<Void> reset(SqlConnection tx) {
        return Uni.createFrom().voidItem();
    }
}
