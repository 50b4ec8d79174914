package io.activityplatform.api.rest;

import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.rest.ProblemException;

/**
 * The request headers this API reads. Who acts is never a header: it is the verified token's identity
 * (service-core's Caller).
 */
public final class RequestHeaders {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";
    public static final String LAST_EVENT_ID = "Last-Event-ID";

    private RequestHeaders() {
    }

    /**
     * The version of an If-Match (an activity's status version, a schedule's or calendar's version) ({@code "3"}, {@code W/"3"} or {@code 3}); null for none or {@code *}
     * (any version). Anything else is a 400 naming If-Match.
     */
    public static Integer ifMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String tag = header.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            int version = Integer.parseInt(tag);
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid("If-Match", "must be the ETag of the resource, its version, e.g. \"3\"");
    }

    /** The ETag of an activity (its status version), a schedule or a calendar (its version). */
    public static String etag(int version) {
        return "\"" + version + "\"";
    }

    /** 412 for configuration (schedules, calendars): If-Match named a version the resource is not at. */
    public static ProblemException stale(String resource, int expected, int current) {
        return new ProblemException(Problem.of(412, "Precondition failed", "If-Match expected version " + expected
                + " but " + resource + " is at version " + current).with("version", current));
    }

    /** Fails with {@link #stale} when an If-Match was given and differs from the current version. */
    public static void checkVersion(Integer expected, String resource, int current) {
        if (expected != null && expected != current) {
            throw stale(resource, expected, current);
        }
    }
}
