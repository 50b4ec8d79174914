package io.activityplatform.jobs.execution;

import io.activityplatform.events.event.ErrorCodes;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.jobs.config.JobsConfig;
import io.activityplatform.jobs.handler.JobHandler;
import io.activityplatform.jobs.handler.JobOutcome;
import io.activityplatform.jobs.metrics.JobMetrics;
import io.activityplatform.jobs.publishing.JobEvents;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import io.activityplatform.service.logging.ActivityLogContext;
import org.jboss.logging.Logger;

/**
 * Runs handlers on a fixed pool of worker threads (never the event loop), one per claimed activity, and ends
 * each activity with the handler's outcome, conditional on the IN_PROGRESS version it claimed. A stopped
 * execution (canceled, timed out, shut down) emits nothing.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);
    private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STORE_BACKOFF = Duration.ofMillis(200);
    private static final int STORE_ATTEMPTS = 5;

    private final RunningJobs running;
    private final JobEvents events;
    private final Outcomes outcomes;
    private final StartLedger ledger;
    private final JobMetrics metrics;
    private final Clock clock;
    private final Duration applyTimeout;
    private final ExecutorService workers;
    /** Sends coalesced progress reports (see {@link ExecutionContext}); two threads so one slow send rarely delays others. */
    private final ScheduledExecutorService reports;
    @jakarta.inject.Inject
    io.activityplatform.service.tracing.EventTracing tracing;

    public JobRunner(JobsConfig config, RunningJobs running, JobEvents events, Outcomes outcomes,
            StartLedger ledger, JobMetrics metrics, Clock clock) {
        this.ledger = ledger;
        this.running = running;
        this.events = events;
        this.outcomes = outcomes;
        this.metrics = metrics;
        this.clock = clock;
        this.applyTimeout = config.applyTimeout();
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(config.concurrency(), r -> {
            Thread t = new Thread(r, "job-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.reports = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "job-progress");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts the handler for an activity whose claim (by {@code claimEventId}) the view shows applied.
     *
     * @param state the activity as the view holds it, IN_PROGRESS under that claim
     */
    public RunningJob start(ActivityState state, UUID claimEventId, JobHandler handler) {
        ExecutionContext context = new ExecutionContext(state, clock, this::sendProgress, this::schedule);
        RunningJob job = new RunningJob(state, claimEventId, handler, context, clock.instant());
        running.add(job);
        workers.execute(() -> run(job));
        return job;
    }

    /** The run in the activity's trace (a handler span) and with its ids in every log line (MDC). */
    private void run(RunningJob job) {
        io.opentelemetry.api.trace.Span span = tracing.startActivitySpan("handler " + job.type(), job.activityId());
        try (io.opentelemetry.context.Scope scope = span.makeCurrent();
                ActivityLogContext log = ActivityLogContext.of(job.activityId(), job.claimEventId())) {
            execution(job);
        } finally {
            span.end();
        }
    }

    private void execution(RunningJob job) {
        try {
            JobOutcome outcome = OutcomeBounds.apply(execute(job));
            if (job.context().stopped()) {
                metrics.stopped(job.type());
                LOG.infof("Execution of %s stopped (%s); nothing emitted", job.activityId(), job.stopReason());
                return;
            }
            finish(job, outcome);
        } catch (RuntimeException e) {
            // Nothing was stored or published: the claim's heartbeat goes stale and recovery resumes or fails it.
            LOG.errorf(e, "Could not end activity %s; recovery will take care of it", job.activityId());
        } finally {
            running.remove(job);
        }
    }

    private JobOutcome execute(RunningJob job) {
        ledger.started(job);
        job.enterHandler();
        long entered = System.nanoTime();
        try {
            JobOutcome outcome = job.handler().execute(job.context());
            return outcome != null ? outcome
                    : JobOutcome.failed(ErrorCodes.EXECUTION_FAILED, "the " + job.type() + " handler returned no outcome");
        } catch (InterruptedException e) {
            return JobOutcome.failed(ErrorCodes.INTERRUPTED, "the handler was interrupted");
        } catch (Exception e) {
            LOG.warnf(e, "Handler %s failed on activity %s", job.type(), job.activityId());
            return JobOutcome.failed(ErrorCodes.EXECUTION_FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            job.leaveHandler();
            metrics.handlerTime(job.type(), java.time.Duration.ofNanos(System.nanoTime() - entered));
        }
    }

    /**
     * Stores the outcome durably, then sends the buffered output and publishes the outcome, waiting until the
     * view applied it. Once stored, an outcome is never lost and the handler never runs again for this claim:
     * when publishing fails, the recovery scan re-publishes the stored record (see {@link Outcomes}). If even
     * storing fails (the database is down), the outcome is still published, as durable as the log makes it.
     */
    private void finish(RunningJob job, JobOutcome outcome) {
        ActivityState claimed = job.activity();
        StatusChanged end = events.change(claimed.id(), ActivityStatus.IN_PROGRESS, claimed.statusVersion(),
                outcome.status(), "completed by " + job.type() + " handler", outcome.result(), outcome.error());
        boolean stored = store(job, end);
        if (outcome.status() == ActivityStatus.SUCCEEDED) {
            metrics.succeeded(job.type());
        } else {
            metrics.failed(job.type());
        }
        try {
            job.context().flush();
            outcomes.publishApplied(end).await().atMost(PUBLISH_TIMEOUT.plus(applyTimeout));
        } catch (RuntimeException e) {
            if (stored) {
                LOG.warnf("Outcome of activity %s stored but not published (%s); the recovery scan re-publishes it",
                        job.activityId(), e.getMessage());
            } else {
                LOG.errorf(e, "Outcome of activity %s neither stored nor published; recovery will resume or fail it",
                        job.activityId());
            }
        }
    }

    private boolean store(RunningJob job, StatusChanged end) {
        try {
            outcomes.store(job.claimEventId(), end)
                    .onFailure().retry().withBackOff(STORE_BACKOFF).atMost(STORE_ATTEMPTS)
                    .await().atMost(applyTimeout.plusSeconds(30));
            return true;
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not store the outcome of activity %s; publishing it anyway", job.activityId());
            return false;
        }
    }

    private void schedule(Runnable task, Duration delay) {
        try {
            reports.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // shutting down: the report goes out with the final flush, or not at all if the execution stops
        }
    }

    private void sendProgress(ActivityState activity, Integer percent, String output, long sequence) {
        events.publish(events.progress(activity.id(), percent, output, sequence)).await().atMost(PUBLISH_TIMEOUT);
    }

    /** Stops every execution without emitting; the caller hands their claims over to another process. */
    public void stopAll(String reason) {
        running.all().forEach(job -> job.stop(reason));
    }

    void onStop(@Observes ShutdownEvent event) {
        stopAll("job-handler shutting down");
        workers.shutdownNow();
        reports.shutdownNow();
    }
}
