package io.activityplatform.jobs.handler;

import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.type.ActivityType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Type → handler, from every {@link JobHandler} bean. Two beans for one type are only allowed when exactly
 * one of them is an enabled {@code @Alternative}, which then wins; anything else is a startup error, as is a
 * handler for a type that is not a server type (the fold would never let it run here), and so is a server
 * type without a handler (its activities would wait in the queue forever).
 */
@ApplicationScoped
public class HandlerRegistry {

    private final Map<String, JobHandler> byType = new HashMap<>();

    public HandlerRegistry(@Any Instance<JobHandler> handlers) {
        Map<String, Boolean> chosenIsAlternative = new HashMap<>();
        for (Instance.Handle<JobHandler> handle : handlers.handles()) {
            JobHandler handler = handle.get();
            boolean alternative = handle.getBean().isAlternative();
            requireServerType(handler.type());
            Boolean existing = chosenIsAlternative.get(handler.type());
            if (existing != null && existing == alternative) {
                throw new IllegalStateException("two handlers for " + handler.type() + ": "
                        + byType.get(handler.type()).getClass().getName() + " and " + handler.getClass().getName());
            }
            if (existing == null || alternative) {
                byType.put(handler.type(), handler);
                chosenIsAlternative.put(handler.type(), alternative);
            }
        }
        for (ActivityType type : ActivityType.values()) {
            if (type.kind() == ActivityKind.SERVER && !byType.containsKey(type.wireName())) {
                throw new IllegalStateException("no handler for server activity type " + type.wireName());
            }
        }
    }

    /** The handler of a server type; every server type has one (checked at startup). */
    public JobHandler handlerFor(String type) {
        JobHandler handler = byType.get(type);
        if (handler == null) {
            throw new IllegalArgumentException("no handler for " + type);
        }
        return handler;
    }

    public Set<String> types() {
        return Set.copyOf(byType.keySet());
    }

    private static void requireServerType(String type) {
        ActivityType known = ActivityType.fromWireName(type)
                .orElseThrow(() -> new IllegalStateException("handler for unknown activity type " + type));
        if (known.kind() != ActivityKind.SERVER) {
            throw new IllegalStateException(type + " is a client activity; the job-handler cannot run it");
        }
    }
}
