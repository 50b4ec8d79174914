package io.activityplatform.jobs.handler.benchmark;

import io.activityplatform.jobs.handler.JobContext;
import io.activityplatform.jobs.handler.JobHandler;
import io.activityplatform.jobs.handler.JobOutcome;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Benchmark only: for the server types listed in {@code benchmark.no-op-types} (unset in every shipped
 * configuration; the side-by-side benchmark sets it) the handler is skipped and the activity SUCCEEDS at once
 * with nothing done, so a benchmark measures the platform's own cost per activity (claim, events, views)
 * against a job queue running no-op tasks. Every other type runs its real handler.
 */
@Decorator
@Priority(100)
public abstract class BenchmarkNoOpDecorator implements JobHandler {

    static final String TEXT = "benchmark no-op: nothing was done";

    @Inject
    @Delegate
    @Any
    JobHandler delegate;

    @ConfigProperty(name = "benchmark.no-op-types")
    Optional<List<String>> noOpTypes;

    @Override
    public JobOutcome execute(JobContext context) throws Exception {
        if (noOpTypes.orElse(List.of()).contains(delegate.type())) {
            return JobOutcome.succeeded(0, TEXT, List.of());
        }
        return delegate.execute(context);
    }
}
