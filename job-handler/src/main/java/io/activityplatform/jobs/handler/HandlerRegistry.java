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
 * Type → handler, from every {@link JobHandler} bean. Startup fails on two handlers for one type, on a handler
 * for a type that is not a server type (the fold would never let it run here), and on a server type without a
 * handler (its activities would wait in the queue forever). To change a handler's behaviour, decorate it.
 */
@ApplicationScoped
public class HandlerRegistry {

    private final Map<String, JobHandler> byType = new HashMap<>();

    public HandlerRegistry(@Any Instance<JobHandler> handlers) {
        for (JobHandler handler : handlers) {
            requireServerType(handler.type());
            JobHandler existing = byType.putIfAbsent(handler.type(), handler);
            if (existing != null) {
                throw new IllegalStateException("two handlers for " + handler.type() + ": "
                        + existing.getClass().getName() + " and " + handler.getClass().getName());
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
