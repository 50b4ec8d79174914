package io.activityplatform.jobs.execution;

import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.jobs.config.JobsConfig;
import io.activityplatform.jobs.metrics.JobMetrics;
import io.activityplatform.jobs.publishing.JobEvents;
import io.activityplatform.jobs.repository.ExecutionRepository;
import io.activityplatform.jobs.rules.Reaction;
import io.activityplatform.service.projection.ActivityViewStore;
import io.activityplatform.service.projection.ProjectionWatermark;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Claims (design brief §3): emit QUEUED → IN_PROGRESS with the version seen, wait until the own view applied
 * that record, and own the activity only if the fold recorded this very event as its claim. Competing
 * replicas and operator commands are settled by log order; the loser just learns it lost.
 */
@ApplicationScoped
public class Claimer {

    /** How a claim ended; {@code state} is the view's state after it (IN_PROGRESS under our claim when WON). */
    public record Claim(Outcome outcome, StatusChanged event, ActivityState state) {
        public enum Outcome { WON, LOST, UNDECIDED }

        public boolean won() {
            return outcome == Outcome.WON;
        }
    }

    private final JobEvents events;
    private final ProjectionWatermark watermark;
    private final ActivityViewStore views;
    private final ExecutionRepository executions;
    private final ProcessInstance instance;
    private final JobMetrics metrics;
    private final Clock clock;
    private final JobsConfig config;

    public Claimer(JobEvents events, ProjectionWatermark watermark, ActivityViewStore views,
            ExecutionRepository executions, ProcessInstance instance, JobMetrics metrics, Clock clock,
            JobsConfig config) {
        this.events = events;
        this.watermark = watermark;
        this.views = views;
        this.executions = executions;
        this.instance = instance;
        this.metrics = metrics;
        this.clock = clock;
        this.config = config;
    }

    /**
     * Claims to run the handler. The execution row is written before the claim is published, so a claim that
     * wins always has an owner with a heartbeat; a lost claim's row is removed again.
     */
    public Uni<Claim> claimForExecution(ActivityState seen) {
        StatusChanged claim = events.claim(seen, "claimed for execution by " + instance.id());
        return executions.insert(claim.eventId(), seen.id(), instance.id(), clock.instant())
                .flatMap(v -> settle(claim))
                .call(result -> result.outcome() == Claim.Outcome.LOST ? executions.delete(claim.eventId())
                        : Uni.createFrom().voidItem());
    }

    /**
     * Claims only to end the activity at once (QUEUED cannot fail directly); no execution is recorded. If
     * this process dies before ending it, recovery sees a claim made after the deadline and fails it.
     */
    public Uni<Claim> claimToEnd(Reaction reaction) {
        return settle(events.change(reaction.activityId(), reaction.from(), reaction.expectedVersion(),
                ActivityStatus.IN_PROGRESS, "claimed to end it: " + reaction.reason(), null, null));
    }

    private Uni<Claim> settle(StatusChanged claim) {
        return events.publish(claim)
                .flatMap(position -> watermark.awaitApplied(position, config.applyTimeout()))
                .flatMap(applied -> applied ? views.find(claim.activityId())
                        .map(state -> decide(claim, state.orElse(null)))
                        : Uni.createFrom().item(new Claim(Claim.Outcome.UNDECIDED, claim, null)))
                .invoke(this::count);
    }

    private static Claim decide(StatusChanged claim, ActivityState state) {
        boolean won = state != null && state.claimedBy(claim.eventId());
        return new Claim(won ? Claim.Outcome.WON : Claim.Outcome.LOST, claim, state);
    }

    private void count(Claim claim) {
        switch (claim.outcome()) {
            case WON -> metrics.claimWon();
            case LOST -> metrics.claimLost();
            case UNDECIDED -> metrics.claimUndecided();
        }
    }
}
