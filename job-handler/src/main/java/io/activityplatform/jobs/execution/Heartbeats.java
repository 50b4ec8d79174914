package io.activityplatform.jobs.execution;

import io.activityplatform.jobs.config.JobsConfig;
import io.activityplatform.jobs.repository.ExecutionRepository;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Renews the heartbeat of every execution running here, so other replicas (and this process after a restart)
 * can tell a live execution from an orphaned one. At shutdown the heartbeats are dropped instead, which hands
 * the claims over to another replica at once.
 */
@ApplicationScoped
public class Heartbeats {

    private static final Logger LOG = Logger.getLogger(Heartbeats.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final RunningJobs running;
    private final ExecutionRepository executions;
    private final JobRunner runner;
    private final Clock clock;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    public Heartbeats(RunningJobs running, ExecutionRepository executions, JobRunner runner, Clock clock,
            JobsConfig config) {
        this.running = running;
        this.executions = executions;
        this.runner = runner;
        this.clock = clock;
        this.interval = config.heartbeatInterval();
    }

    void onStart(@Observes StartupEvent event) {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "job-heartbeat");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::beat, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs before the runner's own shutdown observer, while the executions are still known. */
    void onStop(@Observes @Priority(1) ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        List<UUID> claims = running.claimEventIds();
        runner.stopAll("job-handler shutting down");
        try {
            executions.release(claims).await().atMost(TIMEOUT);
        } catch (RuntimeException e) {
            LOG.warnf("Could not hand over %d executions at shutdown; they become orphans after the heartbeat "
                    + "timeout: %s", claims.size(), e.getMessage());
        }
    }

    void beat() {
        try {
            executions.heartbeat(running.claimEventIds(), clock.instant()).await().atMost(TIMEOUT);
        } catch (RuntimeException e) {
            LOG.warnf("Heartbeat failed: %s", e.getMessage());
        }
    }
}
