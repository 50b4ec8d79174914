package io.activityplatform.jobs.execution;

import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.jobs.config.JobsConfig;
import io.activityplatform.jobs.publishing.JobEvents;
import io.activityplatform.jobs.repository.OutcomeRepository;
import io.activityplatform.jobs.repository.OutcomeRepository.StoredOutcome;
import io.activityplatform.service.projection.ProjectionWatermark;
import io.activityplatform.service.scan.KeysetPaging;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A handler's outcome is never lost (issue 10 §5): it is stored on the execution row before it is published,
 * and every recovery scan re-publishes stored outcomes the view does not show applied (this process's own at
 * once, a dead process's once its heartbeat is stale) until it does. The re-published record is the stored
 * one, with its event id and expected version, so a copy that did reach the log earlier is rejected by the
 * fold as a conflict and the activity ends once, with the handler's real outcome.
 */
@ApplicationScoped
public class Outcomes {

    private static final Logger LOG = Logger.getLogger(Outcomes.class);

    private final OutcomeRepository repository;
    private final JobEvents events;
    private final ProjectionWatermark watermark;
    private final RunningJobs running;
    private final ProcessInstance instance;
    private final Clock clock;
    private final Duration applyTimeout;
    private final Duration orphanAfter;
    private final int pageSize;
    private final OutcomeBatcher batcher;

    public Outcomes(OutcomeRepository repository, JobEvents events, ProjectionWatermark watermark,
            RunningJobs running, ProcessInstance instance, Clock clock, JobsConfig config) {
        this.repository = repository;
        this.events = events;
        this.watermark = watermark;
        this.running = running;
        this.instance = instance;
        this.clock = clock;
        this.applyTimeout = config.applyTimeout();
        this.orphanAfter = config.orphanAfter();
        this.pageSize = config.scanPageSize();
        this.batcher = new OutcomeBatcher(repository, instance.id(), clock, Math.max(16, 2 * config.concurrency()));
    }

    /**
     * Durable before anything is published: from here on, recovery re-publishes it instead of re-running.
     * Outcomes of workers finishing at once are stored with one statement ({@link OutcomeBatcher}); this one's
     * store completes only once that statement committed.
     */
    public Uni<Void> store(UUID claimEventId, StatusChanged outcome) {
        return batcher.store(claimEventId, outcome);
    }

    /** Publishes an outcome and waits (bounded) until the own view applied it. */
    public Uni<Boolean> publishApplied(StatusChanged outcome) {
        return events.publish(outcome).flatMap(position -> watermark.awaitApplied(position, applyTimeout));
    }

    /** @return how many stored outcomes were re-published; one that fails is retried by the next scan */
    public Uni<Integer> republish(Instant now) {
        Instant staleBefore = now.minus(orphanAfter);
        return KeysetPaging.each((after, limit) -> repository.unapplied(instance.id(), staleBefore, after, limit),
                StoredOutcome::activityId, pageSize, this::republishAll);
    }

    private Uni<Integer> republishAll(List<StoredOutcome> page) {
        // An execution still running here is finishing: its own runner publishes the outcome.
        List<Uni<Integer>> each = page.stream().filter(stored -> !running.isRunning(stored.activityId()))
                .map(stored -> publishApplied(stored.outcome())
                        .invoke(applied -> LOG.infof("Re-published the stored outcome %s of activity %s",
                                stored.outcome().to(), stored.activityId()))
                        .map(applied -> 1)
                        .onFailure().invoke(error -> LOG.warnf("Stored outcome of %s not re-published yet: %s",
                                stored.activityId(), error.getMessage()))
                        .onFailure().recoverWithItem(0))
                .toList();
        if (each.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return Uni.join().all(each).andCollectFailures().map(counts -> counts.stream().mapToInt(i -> i).sum());
    }
}
