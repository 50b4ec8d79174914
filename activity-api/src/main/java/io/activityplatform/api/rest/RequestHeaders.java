package io.activityplatform.api.rest;

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
     * The status version of an If-Match ({@code "3"}, {@code W/"3"} or {@code 3}); null for none or {@code *}
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
        throw ProblemException.invalid("If-Match", "must be the ETag of the activity, its status version, e.g. \"3\"");
    }

    /** The ETag of an activity: its status version. */
    public static String etag(int statusVersion) {
        return "\"" + statusVersion + "\"";
    }
}
