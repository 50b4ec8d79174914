package io.activityplatform.jobs.execution;

import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.jobs.config.JobsConfig;
import io.activityplatform.jobs.metrics.JobMetrics;
import io.activityplatform.jobs.publishing.JobEvents;
import io.activityplatform.jobs.repository.ExecutionRepository;
import io.activityplatform.service.claim.Claim;
import io.activityplatform.service.claim.ClaimLedger;
import io.activityplatform.service.claim.Claims;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;

/**
 * The job-handler's use of service-core's {@link Claims}: its ledger is the execution table (a claim that
 * wins always has an owner row with a heartbeat, keyed by the claim's event id; a lost claim's row is
 * removed again), and claims are counted. A batch of claims is recorded with one statement and its lost claims
 * removed with one more ({@link #recordAll}, {@link #forgetAll}).
 */
@ApplicationScoped
public class ExecutionClaims implements ClaimLedger {

    private final Claims claims;
    private final JobEvents events;
    private final ExecutionRepository executions;
    private final ProcessInstance instance;
    private final JobMetrics metrics;
    private final Clock clock;
    private final JobsConfig config;

    public ExecutionClaims(Claims claims, JobEvents events, ExecutionRepository executions, ProcessInstance instance,
            JobMetrics metrics, Clock clock, JobsConfig config) {
        this.claims = claims;
        this.events = events;
        this.executions = executions;
        this.instance = instance;
        this.metrics = metrics;
        this.clock = clock;
        this.config = config;
    }

    /** Claims to run one handler: a batch of one. */
    public Uni<Claim> claimForExecution(ActivityState seen) {
        return claimAllForExecution(List.of(seen)).map(results -> results.get(0));
    }

    /**
     * Claims to run the handlers of several activities at once (issue 11): one statement records them all, one
     * publish round, one wait per partition, one view read; results in the order of {@code seen}.
     */
    public Uni<List<Claim>> claimAllForExecution(List<ActivityState> seen) {
        List<StatusChanged> batch = seen.stream()
                .map(state -> events.claim(state, "claimed for execution by " + instance.id())).toList();
        return claims.claimAll(batch, this, config.applyTimeout()).invoke(results -> results.forEach(this::count));
    }

    @Override
    public Uni<Void> record(StatusChanged claim) {
        return executions.insert(claim.eventId(), claim.activityId(), instance.id(), clock.instant());
    }

    @Override
    public Uni<Void> forget(StatusChanged claim) {
        return executions.delete(claim.eventId());
    }

    @Override
    public Uni<Void> recordAll(List<StatusChanged> batch) {
        return executions.insertAll(batch.stream().map(StatusChanged::eventId).toList(),
                batch.stream().map(StatusChanged::activityId).toList(), instance.id(), clock.instant());
    }

    @Override
    public Uni<Void> forgetAll(List<StatusChanged> lost) {
        return executions.deleteAll(lost.stream().map(StatusChanged::eventId).toList());
    }

    private void count(Claim claim) {
        switch (claim.outcome()) {
            case WON -> metrics.claimWon();
            case LOST -> metrics.claimLost();
            case UNDECIDED -> metrics.claimUndecided();
        }
    }
}
