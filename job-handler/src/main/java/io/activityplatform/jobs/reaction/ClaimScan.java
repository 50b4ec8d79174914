package io.activityplatform.jobs.reaction;

import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.jobs.execution.ExecutionClaims;
import io.activityplatform.jobs.execution.JobRunner;
import io.activityplatform.jobs.execution.RunningJobs;
import io.activityplatform.jobs.handler.HandlerRegistry;
import io.activityplatform.jobs.repository.ServerActivityQueries;
import io.activityplatform.events.rules.ClaimRule;
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
 * decided, so the next scan, overlapping the wait, skips it and counts it against the free slots. The claim
 * protocol itself is unchanged: the handler starts only when the view shows this very claim won.
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
            List<ActivityState> candidates = queued.stream()
                    .filter(state -> ClaimRule.claimable(state, now) && !running.isRunning(state.id())
                            && !running.isClaiming(state.id()))
                    .limit(free)
                    .toList();
            candidates.forEach(this::claimInBackground);
            return candidates.size();
        });
    }

    private void claimInBackground(ActivityState seen) {
        if (!running.reserve(seen.id())) {
            return;
        }
        claimAndStart(seen)
                .eventually(() -> running.release(seen.id()))
                .subscribe().with(started -> { }, failure -> LOG.warnf(
                        "Claim of %s not decided (%s); a later scan or recovery takes care of it", seen.id(),
                        failure.getMessage()));
    }

    private Uni<Boolean> claimAndStart(ActivityState seen) {
        return claimer.claimForExecution(seen).map(claim -> {
            if (!claim.won()) {
                return false;
            }
            runner.start(claim.state(), claim.event().eventId(), handlers.handlerFor(seen.type()));
            return true;
        });
    }
}
