package io.activityplatform.jobs.reaction;

import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.jobs.config.JobsConfig;
import io.activityplatform.jobs.execution.JobRunner;
import io.activityplatform.jobs.execution.Outcomes;
import io.activityplatform.jobs.execution.ProcessInstance;
import io.activityplatform.jobs.execution.RunningJobs;
import io.activityplatform.jobs.handler.HandlerRegistry;
import io.activityplatform.jobs.handler.JobHandler;
import io.activityplatform.jobs.metrics.JobMetrics;
import io.activityplatform.jobs.publishing.JobEvents;
import io.activityplatform.jobs.repository.ExecutionRepository;
import io.activityplatform.jobs.repository.ServerActivityQueries;
import io.activityplatform.jobs.repository.ServerActivityQueries.Running;
import io.activityplatform.events.rules.Reaction;
import io.activityplatform.events.rules.RecoveryRule;
import io.activityplatform.events.rules.RecoveryRule.Recovery;
import io.activityplatform.service.scan.KeysetPaging;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Crash recovery: IN_PROGRESS server activities this service claimed whose execution has no fresh heartbeat
 * (the process running them died) are resumed by taking over the execution row, when their handler is
 * idempotent, or FAILED with INTERRUPTED. An execution whose outcome is stored is not an orphan: its outcome is
 * re-published ({@link Outcomes}). Also drops execution rows nobody needs any more.
 */
@ApplicationScoped
public class RecoveryScan {

    private final ServerActivityQueries queries;
    private final ExecutionRepository executions;
    private final ReactionEmitter emitter;
    private final JobRunner runner;
    private final RunningJobs running;
    private final HandlerRegistry handlers;
    private final JobEvents events;
    private final ProcessInstance instance;
    private final JobMetrics metrics;
    private final Outcomes outcomes;
    private final Duration orphanAfter;
    private final int pageSize;

    public RecoveryScan(ServerActivityQueries queries, ExecutionRepository executions, ReactionEmitter emitter,
            JobRunner runner, RunningJobs running, HandlerRegistry handlers, JobEvents events,
            ProcessInstance instance, JobMetrics metrics, Outcomes outcomes, JobsConfig config) {
        this.outcomes = outcomes;
        this.queries = queries;
        this.executions = executions;
        this.emitter = emitter;
        this.runner = runner;
        this.running = running;
        this.handlers = handlers;
        this.events = events;
        this.instance = instance;
        this.metrics = metrics;
        this.orphanAfter = config.orphanAfter();
        this.pageSize = config.scanPageSize();
    }

    /** @return how many orphans were failed or resumed; stored outcomes are re-published first */
    public Uni<Integer> run(Instant now) {
        Instant staleBefore = now.minus(orphanAfter);
        return outcomes.republish(now).flatMap(republished -> KeysetPaging.each((after, limit) -> queries.orphanCandidates(staleBefore, after, limit),
                        candidate -> candidate.state().id(), pageSize, page -> recover(page, now, staleBefore))
                .call(() -> executions.sweep(staleBefore)));
    }

    private Uni<Integer> recover(List<Running> page, Instant now, Instant staleBefore) {
        List<Reaction> failures = new ArrayList<>();
        List<ActivityState> resumable = new ArrayList<>();
        for (Running candidate : page) {
            ActivityState state = candidate.state();
            Recovery recovery = RecoveryRule.evaluate(state, candidate.heartbeat(), running.isRunning(state.id()),
                    handlers.handlerFor(state.type()).idempotent(), events.actor(), now, orphanAfter);
            switch (recovery.action()) {
                case FAIL -> failures.add(recovery.failure());
                case RESUME -> resumable.add(state);
                case LEAVE -> { }
            }
        }
        return emitter.emitAll(failures)
                .flatMap(failed -> resumeAll(resumable, now, staleBefore).map(resumed -> failed + resumed));
    }

    /** One at a time, within the free slots: the rest are resumed by a later scan. */
    private Uni<Integer> resumeAll(List<ActivityState> resumable, Instant now, Instant staleBefore) {
        Uni<Integer> chain = Uni.createFrom().item(0);
        for (ActivityState state : resumable) {
            chain = chain.flatMap(done -> running.free() == 0 ? Uni.createFrom().item(done)
                    : resume(state, now, staleBefore).map(resumed -> resumed ? done + 1 : done));
        }
        return chain;
    }

    private Uni<Boolean> resume(ActivityState state, Instant now, Instant staleBefore) {
        JobHandler handler = handlers.handlerFor(state.type());
        return executions.takeOver(state.claimEventId(), state.id(), instance.id(), now, staleBefore)
                .invoke(won -> {
                    if (won) {
                        metrics.resumed();
                        runner.start(state, state.claimEventId(), handler);
                    }
                });
    }
}
