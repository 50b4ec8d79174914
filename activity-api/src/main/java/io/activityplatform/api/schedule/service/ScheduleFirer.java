package io.activityplatform.api.schedule.service;

import io.activityplatform.api.schedule.config.ScheduleConfig;
import io.activityplatform.api.schedule.model.Firing;
import io.activityplatform.api.schedule.model.LoadedSchedule;
import io.activityplatform.api.schedule.model.Schedule;
import io.activityplatform.api.schedule.recurrence.FiringPlan;
import io.activityplatform.api.schedule.recurrence.Recurrence;
import io.activityplatform.api.schedule.repository.FiringRepository;
import io.activityplatform.api.schedule.repository.ScheduleRepository;
import io.activityplatform.api.schedule.repository.ScheduleRepository.Evaluation;
import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.Actor;
import io.activityplatform.service.config.PlatformConfig;
import io.activityplatform.service.publishing.EventPublisher;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * One pass of the firing loop: lock the due schedules, publish the creates of every due fire time, record the
 * firings and how far each schedule has been evaluated, commit. A crash or a failed publish rolls the pass back;
 * the next pass publishes the same creates again, which the fold de-duplicates by their derived ids.
 */
@ApplicationScoped
public class ScheduleFirer {

    private static final Logger LOG = Logger.getLogger(ScheduleFirer.class);

    private final Pool pool;
    private final ScheduleRepository schedules;
    private final FiringRepository firings;
    private final EventPublisher publisher;
    private final ScheduleConfig config;
    private final Clock clock;
    private final Actor actor;
    private final String source;

    public ScheduleFirer(Pool pool, ScheduleRepository schedules, FiringRepository firings, EventPublisher publisher,
            ScheduleConfig config, PlatformConfig platform, Clock clock) {
        this.pool = pool;
        this.schedules = schedules;
        this.firings = firings;
        this.publisher = publisher;
        this.config = config;
        this.clock = clock;
        this.actor = Actor.service(platform.serviceName());
        this.source = platform.serviceName();
    }

    /** Evaluates the due schedules at the clock's current instant; completes with the number of firings. */
    public Uni<Integer> fireDue() {
        Instant now = clock.instant();
        return pool.withTransaction(tx -> schedules.lockDue(tx, now, config.batchSize())
                .flatMap(due -> evaluateAll(tx, due, now)));
    }

    private Uni<Integer> evaluateAll(SqlConnection tx, List<LoadedSchedule> due, Instant now) {
        Uni<Integer> total = Uni.createFrom().item(0);
        for (LoadedSchedule schedule : due) {
            total = total.flatMap(sum -> evaluate(tx, schedule, now).map(fired -> sum + fired));
        }
        return total;
    }

    private Uni<Integer> evaluate(SqlConnection tx, LoadedSchedule loaded, Instant now) {
        Schedule s = loaded.schedule();
        Recurrence recurrence = s.recurrence();
        FiringPlan plan = FiringPlan.plan(recurrence, s.evaluatedUntil(), now, config.misfireGrace(),
                loaded.holidays()::contains);
        if (plan.missed() > 0) {
            LOG.warnf("Schedule %s (%s) missed %d firing(s), the last at %s: older than the misfire grace of %s",
                    s.id(), s.name(), plan.missed(), plan.lastMissed(), config.misfireGrace());
        }
        List<ActivityCreated> creates = plan.due().stream()
                .flatMap(at -> FiringActivities.creates(loaded, at, now, actor, source).stream())
                .toList();
        List<Firing> fired = plan.due().stream()
                .map(at -> new Firing(at, FiringActivities.firingId(s.id(), at), now)).toList();
        Instant lastFired = fired.isEmpty() ? null : fired.get(fired.size() - 1).fireAt();
        Evaluation evaluation = new Evaluation(plan.evaluatedUntil(),
                ScheduleClock.nextCheck(recurrence, plan.evaluatedUntil()), lastFired, fired.size(), plan.missed(),
                plan.lastMissed());
        return publisher.publishAll(creates)
                .flatMap(positions -> firings.record(tx, s.id(), fired))
                .flatMap(v -> schedules.recordEvaluation(tx, s.id(), evaluation))
                .replaceWith(fired.size());
    }
}
