package io.activityplatform.agent.exec;

/** A started operation; {@link #cancel} stops it and makes it finish as canceled. */
@FunctionalInterface
public interface Execution {

    /** An execution that already finished: canceling it does nothing. */
    Execution DONE = reason -> { };

    void cancel(String reason);
}
