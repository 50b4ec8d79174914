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

/**
 * Claims the oldest QUEUED server activities, as many as there are free execution slots, and starts the
 * handler of each claim the view shows won. The queue is the log: no other broker.
 */
@ApplicationScoped
public class ClaimScan {

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

    /** @return how many executions were started */
    public Uni<Integer> run(Instant now) {
        int free = running.free();
        if (free == 0) {
            return Uni.createFrom().item(0);
        }
        return queries.queued(free).flatMap(queued -> claimAll(queued.stream()
                .filter(state -> ClaimRule.claimable(state, now) && !running.isRunning(state.id()))
                .toList()));
    }

    private Uni<Integer> claimAll(List<ActivityState> candidates) {
        if (candidates.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<Uni<Boolean>> claims = candidates.stream().map(this::claimAndStart).toList();
        return Uni.join().all(claims).andFailFast()
                .map(started -> (int) started.stream().filter(Boolean::booleanValue).count());
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
