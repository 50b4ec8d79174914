package io.activityplatform.service.logging;

import java.util.UUID;
import org.jboss.logging.MDC;

/**
 * Puts the activity id and event id into the logging MDC for the lines logged while it is open, so each
 * JSON log line about one activity carries {@code activityId} and {@code eventId} (and, from OpenTelemetry,
 * {@code traceId}/{@code spanId}). Use in try-with-resources on the thread doing the work.
 */
public final class ActivityLogContext implements AutoCloseable {

    public static final String ACTIVITY_ID = "activityId";
    public static final String EVENT_ID = "eventId";

    private final Object previousActivity;
    private final Object previousEvent;

    private ActivityLogContext(UUID activityId, UUID eventId) {
        previousActivity = MDC.get(ACTIVITY_ID);
        previousEvent = MDC.get(EVENT_ID);
        put(ACTIVITY_ID, activityId);
        put(EVENT_ID, eventId);
    }

    /** Opens a context for one activity and, when known, the event being handled. */
    public static ActivityLogContext of(UUID activityId, UUID eventId) {
        return new ActivityLogContext(activityId, eventId);
    }

    @Override
    public void close() {
        restore(ACTIVITY_ID, previousActivity);
        restore(EVENT_ID, previousEvent);
    }

    private static void put(String key, UUID value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value.toString());
        }
    }

    private static void restore(String key, Object previous) {
        if (previous == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, previous);
        }
    }
}
