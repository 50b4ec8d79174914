package io.activityplatform.api.rest;

import io.activityplatform.service.rest.ProblemException;

/**
 * The request headers this API reads. There is no authentication in this service (it sits behind the
 * platform's gateway): {@code X-User} names the person or program acting, recorded as the events' actor.
 */
public final class RequestHeaders {

    public static final String USER = "X-User";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";
    public static final String LAST_EVENT_ID = "Last-Event-ID";
    static final int MAX_USER = 200;

    private RequestHeaders() {
    }

    public static String user(String header, String defaultUser) {
        if (header == null || header.isBlank()) {
            return defaultUser;
        }
        String user = header.trim();
        if (user.length() > MAX_USER) {
            throw ProblemException.invalid(USER, "at most " + MAX_USER + " characters");
        }
        return user;
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
