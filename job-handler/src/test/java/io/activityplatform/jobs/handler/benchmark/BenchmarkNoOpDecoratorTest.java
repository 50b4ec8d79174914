package io.activityplatform.jobs.handler.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.jobs.handler.JobContext;
import io.activityplatform.jobs.handler.JobHandler;
import io.activityplatform.jobs.handler.JobOutcome;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The benchmark's no-op replaces only the listed types' handlers; unset, every handler runs for real. */
class BenchmarkNoOpDecoratorTest {

    private final AtomicInteger realRuns = new AtomicInteger();

    private BenchmarkNoOpDecorator decorating(String type, Optional<List<String>> noOpTypes) {
        BenchmarkNoOpDecorator decorator = new BenchmarkNoOpDecorator() {
            @Override
            public String type() {
                return delegate.type();
            }

            @Override
            public boolean idempotent() {
                return delegate.idempotent();
            }
        };
        decorator.delegate = new JobHandler() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public boolean idempotent() {
                return true;
            }

            @Override
            public JobOutcome execute(JobContext context) {
                realRuns.incrementAndGet();
                return JobOutcome.failed("REAL", "the real handler ran");
            }
        };
        decorator.noOpTypes = noOpTypes;
        return decorator;
    }

    @Test
    void aListedTypeSucceedsWithoutRunningItsHandler() throws Exception {
        JobOutcome outcome = decorating("GenerateUsgReportActivity",
                Optional.of(List.of("GenerateUsgReportActivity"))).execute(null);

        assertThat(outcome.status()).isEqualTo(ActivityStatus.SUCCEEDED);
        assertThat(outcome.result().text()).isEqualTo(BenchmarkNoOpDecorator.TEXT);
        assertThat(realRuns).hasValue(0);
    }

    @Test
    void otherTypesAndAnUnsetPropertyRunTheRealHandler() throws Exception {
        assertThat(decorating("ArchiveRequest", Optional.of(List.of("GenerateUsgReportActivity"))).execute(null)
                .error().code()).isEqualTo("REAL");
        assertThat(decorating("GenerateUsgReportActivity", Optional.empty()).execute(null).error().code())
                .isEqualTo("REAL");
        assertThat(realRuns).hasValue(2);
    }
}
