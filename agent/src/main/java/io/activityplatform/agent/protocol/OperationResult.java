package io.activityplatform.agent.protocol;

/**
 * How an operation ended on this computer (seed 000 operation-result).
 *
 * @param code      exit status or result code; null when there is none (killed, refused)
 * @param errorCode for a failure: a stable code, e.g. {@code TIMED_OUT}, {@code CANCELED}
 */
public record OperationResult(boolean succeeded, Integer code, String text, String errorCode) {

    public static OperationResult success(Integer code, String text) {
        return new OperationResult(true, code, text, null);
    }

    public static OperationResult failure(Integer code, String text, String errorCode) {
        return new OperationResult(false, code, text, errorCode);
    }
}
