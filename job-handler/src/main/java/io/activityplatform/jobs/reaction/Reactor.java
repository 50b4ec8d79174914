package io.activityplatform.jobs.reaction;

import io.activityplatform.jobs.config.JobsConfig;
import io.activityplatform.jobs.execution.RunningJobs;
import io.activityplatform.jobs.metrics.JobMetrics;
import io.activityplatform.service.projection.ActivityViewStore;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * The job-handler's heartbeat of decisions: one thread that scans the own view periodically (time moves
 * even when no event arrives), and runs the event-driven part of a scan whenever a projected batch wakes it. A scan stops executions whose activity
 * moved on, emits the rule-driven reactions, recovers orphans, then claims queued work for free slots. Scans
 * never overlap, and each waits for its own reactions to be applied, so the next scan starts from their outcome;
 * claims are the exception (issue 11): they hold their slots while in flight and the next scan overlaps the
 * wait (see {@link ClaimScan}).
 */
@ApplicationScoped
public class Reactor {

    private static final Logger LOG = Logger.getLogger(Reactor.class);
    private static final Duration SCAN_TIMEOUT = Duration.ofMinutes(2);

    private final ReactionScan reactions;
    private final RecoveryScan recovery;
    private final ClaimScan claims;
    private final CatchUpBarrier barrier;
    private final RunningJobs running;
    private final ActivityViewStore views;
    private final Pool pool;
    private final JobMetrics metrics;
    private final Clock clock;
    private final Duration interval;
    private final AtomicBoolean wakePending = new AtomicBoolean();
    private volatile ScheduledExecutorService thread;
    private volatile boolean stopping;

    public Reactor(ReactionScan reactions, RecoveryScan recovery, ClaimScan claims, CatchUpBarrier barrier,
            RunningJobs running, ActivityViewStore views, Pool pool, JobMetrics metrics, Clock clock,
            JobsConfig config) {
        this.reactions = reactions;
        this.recovery = recovery;
        this.claims = claims;
        this.barrier = barrier;
        this.running = running;
        this.views = views;
        this.pool = pool;
        this.metrics = metrics;
        this.clock = clock;
        this.interval = config.scanInterval();
    }

    void onStart(@Observes StartupEvent event) {
        thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "job-reactor");
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(this::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        if (thread != null) {
            thread.shutdownNow();
        }
    }

    /**
     * Asks for the event-driven part of a scan soon; coalesced, so a burst of batches causes one, not one per
     * batch. A committed batch can only have changed what events change: executions to stop, dependencies
     * that ended or progressed, work queued or slots freed. What time changes (deadlines, timeouts, schedules,
     * orphans) is the periodic scan's, which also does everything again as the safety net (issue 11: a full
     * scan per batch cost ~8 queries per wake under load).
     */
    public void wake() {
        ScheduledExecutorService t = thread;
        if (t == null || stopping || !wakePending.compareAndSet(false, true)) {
            return;
        }
        try {
            t.execute(this::wakeTick);
        } catch (RejectedExecutionException e) {
            // Shutting down: the scan it asked for no longer matters.
        }
    }

    private void wakeTick() {
        wakePending.set(false);
        try {
            Instant now = clock.instant();
            // Claims first: queued work waiting for a slot is what an idle wake is usually for (issue 11).
            claims.run(now).await().atMost(SCAN_TIMEOUT);
            stopMovedOn().await().atMost(SCAN_TIMEOUT);
            reactions.dependencies().await().atMost(SCAN_TIMEOUT);
        } catch (RuntimeException e) {
            if (!stopping) {
                metrics.scanFailed();
                LOG.warnf(e, "Event-driven job scan failed; the periodic scan retries");
            }
        }
    }

    private void tick() {
        wakePending.set(false);
        Instant now = clock.instant();
        try {
            scan(now);
            metrics.scanned();
        } catch (RuntimeException e) {
            if (stopping) {
                return;
            }
            metrics.scanFailed();
            LOG.warnf(e, "Job scan failed; the next one retries");
        }
    }

    /** Blocking, step by step, on the reactor thread (never an event loop). */
    private void scan(Instant now) {
        stopMovedOn().await().atMost(SCAN_TIMEOUT);
        reactions.run(now).await().atMost(SCAN_TIMEOUT);
        if (barrier.caughtUp()) {
            recovery.run(now).await().atMost(SCAN_TIMEOUT);
        }
        claims.run(now).await().atMost(SCAN_TIMEOUT);
    }

    /**
     * The view may show a running activity canceled or timed out by an event another replica projected; the
     * after-commit listener only sees this replica's batches, so every scan checks too, from the claim's
     * columns only (whole states cost a tenth of job-handler's CPU here).
     */
    private Uni<Void> stopMovedOn() {
        return views.claimStatuses(pool, running.activityIds())
                .invoke(statuses -> statuses.forEach(running::stopIfMovedOn))
                .replaceWithVoid();
    }
}
