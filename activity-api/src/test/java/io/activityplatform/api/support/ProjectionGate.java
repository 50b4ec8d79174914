package io.activityplatform.api.support;

import io.activityplatform.service.projection.ProjectionBatch;
import io.activityplatform.service.projection.ProjectionListener;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lets a test hold the projection inside a batch's transaction: while closed, nothing new becomes visible in
 * the view. Used to make races deterministic (a command that reads a view about to change) and to make a
 * command's read-your-writes bound pass (202). Open unless a test closes it; tests reopen it in finally.
 */
@ApplicationScoped
public class ProjectionGate implements ProjectionListener {

    private volatile CompletableFuture<Void> gate = CompletableFuture.completedFuture(null);
    private final AtomicInteger held = new AtomicInteger();

    public void close() {
        gate = new CompletableFuture<>();
    }

    public void open() {
        gate.complete(null);
    }

    /** Batches that had to wait at the gate since the start. */
    public int held() {
        return held.get();
    }

    @Override
    public Uni<Void> inTransaction(SqlConnection tx, ProjectionBatch batch) {
        CompletableFuture<Void> current = gate;
        if (current.isDone()) {
            return Uni.createFrom().voidItem();
        }
        held.incrementAndGet();
        return Uni.createFrom().completionStage(current);
    }
}
