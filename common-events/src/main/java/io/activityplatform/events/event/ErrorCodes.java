package io.activityplatform.events.event;

/** The error codes the platform itself sets; handlers and agents may report their own. */
public final class ErrorCodes {
    public static final String TIMED_OUT = "TIMED_OUT";
    public static final String DELIVERY_TIMED_OUT = "DELIVERY_TIMED_OUT";
    public static final String DEPENDENCY_FAILED = "DEPENDENCY_FAILED";
    public static final String INTERRUPTED = "INTERRUPTED";
    public static final String COMPUTER_REMOVED = "COMPUTER_REMOVED";
    public static final String EXECUTION_FAILED = "EXECUTION_FAILED";

    private ErrorCodes() {
    }
}
