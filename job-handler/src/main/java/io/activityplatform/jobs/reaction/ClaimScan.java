package io.activityplatform.jobs.reaction;

import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.jobs.execution.ExecutionClaims;
import io.activityplatform.jobs.execution.JobRunner;
import io.activityplatform.jobs.execution.RunningJobs;
import io.activityplatform.jobs.handler.HandlerRegistry;
import io.activityplatform.jobs.repository.ServerActivityQueries;
import io.activityplatform.events.rules.ClaimRule;
import io.activityplatform.service.claim.Claim;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Claims the oldest QUEUED server activities, as many as there are free execution slots, and starts the
 * handler of each claim the view shows won. The queue is the log: no other broker.
 *
 * <p>The scan does not wait for its claims to be applied (issue 11: the reactor spent its time inside the
 * claim step while the workers sat idle). Each claim holds a slot ({@link RunningJobs#reserve}) until it is
 * decided, so the next scan, overlapping the wait, skips it and counts it against the free slots.
 *
 * <p>A scan's claims are one batch (issue 11): one statement records them, they are published together,
 * awaited once per partition and decided from one view read ({@code Claims.claimAll}); the lost ones are
 * forgotten with one statement. The claim protocol itself is unchanged: each handler starts only when the view
 * shows that very claim won, and before its slot is given back.
 */
@ApplicationScoped
public class ClaimScan {

    private static final Logger LOG = Logger.getLogger(ClaimScan.class);

    private final ServerActivityQueries queries;
    private final ExecutionClaims claimer;
    private final JobRunner runner;
    private final RunningJobs running;
    private final HandlerRegistry handlers;

    public ClaimScan(ServerActivityQueries queries, ExecutionClaims claimer, JobRunner runner, RunningJobs running,
            HandlerRegistry handlers) {
        this.queries = queries;
        this.claimer = claimer;
        this.runner = runner;
        this.running = running;
        this.handlers = handlers;
    }

    /** @return how many claims were published; each starts its execution once the view shows it won */
    public Uni<Integer> run(Instant now) {
        int free = running.free();
        if (free == 0) {
            return Uni.createFrom().item(0);
        }
        // the oldest rows may be our own claims in flight, still QUEUED in the view: read past them
        return queries.queued(free + running.claiming()).map(queued -> {
            List<ActivityState> reserved = queued.stream()
                    .filter(state -> ClaimRule.claimable(state, now) && !running.isRunning(state.id())
                            && !running.isClaiming(state.id()))
                    .limit(free)
                    .filter(state -> running.reserve(state.id()))
                    .toList();
            claimInBackground(reserved);
            return reserved.size();
        });
    }

    /** Every claim of the batch holds its slot until the batch is decided; winners start before slots go back. */
    private void claimInBackground(List<ActivityState> reserved) {
        if (reserved.isEmpty()) {
            return;
        }
        claimer.claimAllForExecution(reserved)
                .invoke(claims -> claims.stream().filter(Claim::won).forEach(this::start))
                .eventually(() -> reserved.forEach(state -> running.release(state.id())))
                .subscribe().with(claims -> { }, failure -> LOG.warnf(
                        "Claims of %d activities not decided (%s); a later scan or recovery takes care of them",
                        reserved.size(), failure.getMessage()));
    }

    /** One winner that cannot start (e.g. it already runs here) does not keep the others from starting. */
    private void start(Claim claim) {
        try {
            runner.start(claim.state(), claim.event().eventId(), handlers.handlerFor(claim.state().type()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Claim %s of %s won but its handler did not start; recovery takes care of it",
                    claim.event().eventId(), claim.state().id());
        }
    }
}
