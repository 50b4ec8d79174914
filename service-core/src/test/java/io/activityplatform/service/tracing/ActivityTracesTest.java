package io.activityplatform.service.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The remembered trace contexts: the latest per activity, and the least recently seen dropped first. */
class ActivityTracesTest {

    @Test
    void theLatestContextOfAnActivityReplacesTheEarlierOne() {
        ActivityTraces traces = new ActivityTraces(10);
        UUID activity = UUID.randomUUID();

        traces.remember(activity, context(1));
        traces.remember(activity, context(2));

        assertThat(traces.latest(activity)).isEqualTo(context(2));
        assertThat(traces.size()).isEqualTo(1);
        assertThat(traces.latest(UUID.randomUUID())).isNull();
    }

    @Test
    void anActivityLookedUpRecentlyOutlivesOnesOnlyRememberedEarlier() {
        ActivityTraces traces = new ActivityTraces(2);
        UUID busy = UUID.randomUUID();
        UUID idle = UUID.randomUUID();
        traces.remember(busy, context(1));
        traces.remember(idle, context(2));

        traces.latest(busy); // a handler continues busy's trace
        traces.remember(UUID.randomUUID(), context(3));

        assertThat(traces.latest(busy)).isEqualTo(context(1));
        assertThat(traces.latest(idle)).isNull();
        assertThat(traces.size()).isEqualTo(2);
    }

    private static SpanContext context(int n) {
        return SpanContext.create(String.format("%032x", n), String.format("%016x", n), TraceFlags.getSampled(),
                TraceState.getDefault());
    }
}
