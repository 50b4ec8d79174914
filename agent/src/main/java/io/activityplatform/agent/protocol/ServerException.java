package io.activityplatform.agent.protocol;

/** The server answered with an error status; {@code detail} comes from its problem body when there is one. */
public class ServerException extends RuntimeException {

    private final int status;

    public ServerException(int status, String detail) {
        super("server answered " + status + (detail == null ? "" : ": " + detail));
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** Retrying later may help (server trouble, a concurrent exchange); otherwise the agent must be fixed. */
    public boolean retryable() {
        return status >= 500 || status == 409 || status == 429;
    }
}
