package io.activityplatform.jobs.health;

import io.activityplatform.jobs.execution.RunningJobs;
import io.activityplatform.jobs.metrics.JobMetrics;
import io.activityplatform.service.projection.ProjectionStats;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * The job handling counters (claims won/lost, running handlers, projection lag, ...) as health data, so
 * probes and dashboards see them without a metrics backend. Live as long as the counters can be read: a
 * failing scan is retried and shows in {@code scanFailures}, not as a restart reason.
 */
@Liveness
@ApplicationScoped
public class JobsHealthCheck implements HealthCheck {

    private final JobMetrics metrics;
    private final RunningJobs running;
    private final ProjectionStats projection;

    public JobsHealthCheck(JobMetrics metrics, RunningJobs running, ProjectionStats projection) {
        this.metrics = metrics;
        this.running = running;
        this.projection = projection;
    }

    @Override
    public HealthCheckResponse call() {
        JobMetrics.Snapshot m = metrics.snapshot();
        return HealthCheckResponse.named("jobs").up()
                .withData("running", running.size())
                .withData("concurrency", running.concurrency())
                .withData("claimsWon", m.claimsWon())
                .withData("claimsLost", m.claimsLost())
                .withData("claimsUndecided", m.claimsUndecided())
                .withData("reactionsEmitted", m.reactionsEmitted())
                .withData("resumed", m.resumed())
                .withData("succeeded", m.succeeded())
                .withData("failed", m.failed())
                .withData("stopped", m.stopped())
                .withData("scans", m.scans())
                .withData("scanFailures", m.scanFailures())
                .withData("projectionLag", projection.snapshot().lag())
                .build();
    }
}
