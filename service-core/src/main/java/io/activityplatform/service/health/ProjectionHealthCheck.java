package io.activityplatform.service.health;

import io.activityplatform.service.projection.ProjectionStats;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the projection loop runs and its last batch committed: a service whose view cannot keep
 * up with the log (database down) must not take traffic that expects read-your-writes. A quarantined record
 * does not make it DOWN: it was set aside and the projection moved on.
 */
@Readiness
@ApplicationScoped
public class ProjectionHealthCheck implements HealthCheck {

    private final ProjectionStats stats;

    public ProjectionHealthCheck(ProjectionStats stats) {
        this.stats = stats;
    }

    @Override
    public HealthCheckResponse call() {
        ProjectionStats.Snapshot s = stats.snapshot();
        var builder = HealthCheckResponse.named("projection")
                .status(s.running() && s.healthy())
                .withData("running", s.running())
                .withData("events", s.events())
                .withData("lag", s.lag())
                .withData("malformed", s.malformed())
                .withData("quarantined", s.quarantined());
        if (s.lastError() != null && !s.healthy()) {
            builder.withData("lastError", s.lastError());
        }
        return builder.build();
    }
}
