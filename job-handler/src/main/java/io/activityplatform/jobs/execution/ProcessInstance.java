package io.activityplatform.jobs.execution;

import io.activityplatform.service.config.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * This process's identity in {@code job_executions}: new at every start, so the rows of a dead process are
 * recognisably someone else's. Replicas share the service's actor in events; this id tells them apart.
 */
@ApplicationScoped
public class ProcessInstance {

    private final String id;

    public ProcessInstance(PlatformConfig platform) {
        this.id = platform.serviceName() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String id() {
        return id;
    }
}
