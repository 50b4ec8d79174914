package io.activityplatform.service.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.activityplatform.events.codec.LegalText;
import io.vertx.pgclient.PgException;

/**
 * Tells a batch failure that would repeat on every retry (the data cannot be stored: PostgreSQL SQLSTATE
 * class 22 data exception, 23 integrity constraint, 54 program limit, or a value that cannot be written as
 * JSON) from a transient one (connection, broker, timeout, shutdown), which is retried as it is. Anything
 * unknown counts as transient: retrying a bug is safe, quarantining every record it touches is not.
 */
final class ProjectionFailures {

    private static final int MAX_REASON_CHARS = 1000;

    private ProjectionFailures() {
    }

    static boolean isDeterministic(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PgException pg) {
                String state = pg.getSqlState();
                return state != null && (state.startsWith("22") || state.startsWith("23") || state.startsWith("54"));
            }
            if (t instanceof JsonProcessingException) {
                return true;
            }
        }
        return false;
    }

    /** E.g. {@code SQLSTATE 22P05: unsupported Unicode escape sequence}; legal and bounded, for the table. */
    static String describe(Throwable failure) {
        String reason = String.valueOf(failure.getMessage());
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PgException pg) {
                reason = "SQLSTATE " + pg.getSqlState() + ": " + pg.getErrorMessage();
                break;
            }
            if (t instanceof JsonProcessingException json) {
                reason = "not writable as JSON: " + json.getOriginalMessage();
                break;
            }
        }
        return LegalText.truncate(LegalText.sanitize(reason), MAX_REASON_CHARS);
    }
}
