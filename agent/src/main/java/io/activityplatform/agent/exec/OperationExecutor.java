package io.activityplatform.agent.exec;

/**
 * Runs one activity type on this computer. Pluggable: {@link ExecutorRegistry} maps types to executors.
 * {@code start} returns at once; long work runs on the executor's own threads and ends with
 * {@link ExecutionListener#finished}.
 */
public interface OperationExecutor {

    Execution start(Operation operation, ExecutionListener listener);
}
