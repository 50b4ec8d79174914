package io.activityplatform.jobs.reaction;

import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.jobs.config.JobsConfig;
import io.activityplatform.jobs.repository.ServerActivityQueries;
import io.activityplatform.events.rules.DeadlineRule;
import io.activityplatform.events.rules.Decisions;
import io.activityplatform.events.rules.DependencyRule;
import io.activityplatform.events.rules.Reaction;
import io.activityplatform.events.rules.ScheduleRule;
import io.activityplatform.events.rules.TimeoutRule;
import io.activityplatform.service.scan.KeysetPaging;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The time- and dependency-driven reactions on server activities, each a scan of the view fed to a pure rule:
 * missed delivery deadlines, execution timeouts, due schedules, and waits that can be released or canceled.
 * Deadlines go first so an overdue activity is failed rather than promoted or released.
 */
@ApplicationScoped
public class ReactionScan {

    private static final Logger LOG = Logger.getLogger(ReactionScan.class);

    private final ServerActivityQueries queries;
    private final ReactionEmitter emitter;
    private final int pageSize;

    public ReactionScan(ServerActivityQueries queries, ReactionEmitter emitter, JobsConfig config) {
        this.queries = queries;
        this.emitter = emitter;
        this.pageSize = config.scanPageSize();
    }

    /** @return how many reactions were emitted */
    public Uni<Integer> run(Instant now) {
        return deadlines(now)
                .flatMap(deadlines -> timeouts(now).map(n -> deadlines + n))
                .flatMap(sum -> schedules(now).map(n -> sum + n))
                .flatMap(sum -> dependencies().map(n -> sum + n));
    }

    Uni<Integer> deadlines(Instant now) {
        return KeysetPaging.each((after, limit) -> queries.deliveryOverdue(now, after, limit), ActivityState::id, pageSize,
                page -> emitter.emitAll(decide(page, state -> DeadlineRule.evaluate(state, now))));
    }

    Uni<Integer> timeouts(Instant now) {
        return KeysetPaging.each((after, limit) -> queries.timedOut(now, after, limit), ActivityState::id, pageSize,
                page -> emitter.emitAll(decide(page, state -> TimeoutRule.evaluate(state, now))));
    }

    Uni<Integer> schedules(Instant now) {
        return KeysetPaging.each((after, limit) -> queries.dueScheduled(now, after, limit), ActivityState::id, pageSize,
                page -> emitter.emitAll(decide(page, state -> ScheduleRule.evaluate(state, now))));
    }

    Uni<Integer> dependencies() {
        return KeysetPaging.each(queries::waitingWithNews, waiting -> waiting.waiting().id(), pageSize,
                page -> emitter.emitAll(decide(page,
                        waiting -> DependencyRule.evaluate(waiting.waiting(), waiting.dependency()))));
    }

    /** A candidate that makes its rule throw is logged and skipped; the scan goes on with the others. */
    private static <T> List<Reaction> decide(List<T> candidates, Function<T, Optional<Reaction>> rule) {
        return Decisions.decide(candidates, rule, (candidate, error) ->
                LOG.errorf(error, "A reaction rule failed on %s; skipped, the scan goes on", candidate));
    }
}
