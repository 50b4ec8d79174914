package io.activityplatform.api.retry.service;

import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.service.projection.FoldedEvent;
import io.activityplatform.service.projection.ProjectionBatch;
import io.activityplatform.service.projection.ProjectionListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Hands every failure the projection has just committed to {@link AutomaticRetries}, after commit, so the
 * reaction sees a view that contains the failure. Runs on the consumer thread, so it only subscribes: the
 * publishing happens asynchronously. A reaction lost here (crash, failed publish) is found by the scan.
 */
@ApplicationScoped
public class FailureListener implements ProjectionListener {

    private static final Logger LOG = Logger.getLogger(FailureListener.class);

    private final AutomaticRetries retries;

    public FailureListener(AutomaticRetries retries) {
        this.retries = retries;
    }

    @Override
    public void afterCommit(ProjectionBatch batch) {
        retries.projected(batch.activityEvents().stream().filter(e -> e.event() instanceof ActivityCreated)
                .map(e -> e.event().activityId()).toList());
        List<ActivityState> failed = batch.activityEvents().stream()
                .filter(e -> e.applied() && e.event() instanceof StatusChanged)
                .map(FoldedEvent::after)
                .filter(state -> state.status() == ActivityStatus.FAILED)
                .toList();
        if (failed.isEmpty() || !retries.caughtUp()) {
            return;
        }
        retries.retry(failed).subscribe().with(
                created -> LOG.debugf("%d retry attempt(s) created after a batch", created),
                error -> LOG.warnf("Retry reaction failed; the catch-up scan will redo it: %s", error.getMessage()));
    }
}
