package io.activityplatform.events.event;

/** The error codes the platform itself sets; handlers and agents may report their own. */
public final class ErrorCodes {
    public static final String TIMED_OUT = "TIMED_OUT";
    public static final String DELIVERY_TIMED_OUT = "DELIVERY_TIMED_OUT";
    public static final String DEPENDENCY_FAILED = "DEPENDENCY_FAILED";
    public static final String INTERRUPTED = "INTERRUPTED";
    public static final String COMPUTER_REMOVED = "COMPUTER_REMOVED";
    public static final String EXECUTION_FAILED = "EXECUTION_FAILED";
    /** The computer's client does not handle this activity type (e.g. the stock Landscape Client without the plugin). */
    public static final String UNSUPPORTED_BY_CLIENT = "UNSUPPORTED_BY_CLIENT";
    /** The computer could not fetch or write the activity's attachments (Landscape result code 104). */
    public static final String ATTACHMENT_FAILED = "ATTACHMENT_FAILED";

    private ErrorCodes() {
    }
}
