package io.activityplatform.jobs.projection;

import io.activityplatform.jobs.execution.RunningJobs;
import io.activityplatform.jobs.reaction.CatchUpBarrier;
import io.activityplatform.jobs.reaction.Reactor;
import io.activityplatform.service.claim.ClaimStatus;
import io.activityplatform.service.projection.ProjectionBatch;
import io.activityplatform.service.projection.ProjectionListener;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The job-handler's part of the projection: after each committed batch, interrupt the executions whose
 * activity was canceled or failed meanwhile, and wake the reactor (a dependency may have finished, work may
 * have been queued). A rebuild holds crash recovery back until the refold has caught up.
 */
@ApplicationScoped
public class JobsProjectionListener implements ProjectionListener {

    private final RunningJobs running;
    private final Reactor reactor;
    private final CatchUpBarrier barrier;

    public JobsProjectionListener(RunningJobs running, Reactor reactor, CatchUpBarrier barrier) {
        this.running = running;
        this.reactor = reactor;
        this.barrier = barrier;
    }

    @Override
    public void afterCommit(ProjectionBatch batch) {
        if (batch.changed().isEmpty()) {
            return;
        }
        batch.changed().values().forEach(state -> running.stopIfMovedOn(ClaimStatus.of(state)));
        reactor.wake();
    }

    @Override
    public Uni<Void> reset(SqlConnection tx) {
        barrier.reset();
        return Uni.createFrom().voidItem();
    }
}
