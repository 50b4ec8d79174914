package io.activityplatform.agent.exec;

import io.activityplatform.agent.protocol.OperationResult;

/** What an executor reports while and when it runs an operation; called from any thread. */
public interface ExecutionListener {

    void output(String chunk);

    void percent(int percent);

    /** Exactly once per operation. */
    void finished(OperationResult result);
}
