package io.activityplatform.service.tracing;

import io.opentelemetry.api.trace.SpanContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The latest trace context seen for each recently active activity, so work that starts outside any request
 * (a claim scan, a handler, a reaction) continues the activity's trace. Bounded (least recently seen
 * dropped first, {@code activities.tracing.remembered-activities}) and in memory: after a restart an
 * activity's later spans start a new trace, which tracing tolerates; the log stays the source of truth.
 */
@ApplicationScoped
public class ActivityTraces {

    private final Map<UUID, SpanContext> latest;

    public ActivityTraces(@ConfigProperty(name = "activities.tracing.remembered-activities",
            defaultValue = "10000") int capacity) {
        this.latest = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, SpanContext> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized void remember(UUID activityId, SpanContext context) {
        latest.put(activityId, context);
    }

    /** The activity's latest context, or null when none is known. */
    public synchronized SpanContext latest(UUID activityId) {
        return latest.get(activityId);
    }

    public synchronized int size() {
        return latest.size();
    }
}
