package io.activityplatform.agent.run;

import io.activityplatform.agent.exec.Execution;
import io.activityplatform.agent.exec.ExecutionListener;
import io.activityplatform.agent.exec.ExecutorRegistry;
import io.activityplatform.agent.exec.Operation;
import io.activityplatform.agent.protocol.OperationResult;
import io.activityplatform.agent.protocol.ServerMessage;
import io.activityplatform.agent.state.AgentState;
import io.activityplatform.events.event.ErrorCodes;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Acts on server messages: runs an execute message's operation once per operation id (a re-sent message is
 * recognised in the saved state and ignored), stops a running operation on cancel, and reports what
 * executors say into the state's outbox.
 */
public class OperationRunner {

    private static final Logger LOG = Logger.getLogger(OperationRunner.class.getName());

    private final AgentState state;
    private final ExecutorRegistry executors;
    private final Runnable onFinished;
    private final Map<UUID, Execution> running = new ConcurrentHashMap<>();

    /**
     * @param onFinished called after an operation finished, e.g. to exchange now and deliver the result
     */
    public OperationRunner(AgentState state, ExecutorRegistry executors, Runnable onFinished) {
        this.state = state;
        this.executors = executors;
        this.onFinished = onFinished;
    }

    public void handle(ServerMessage message) {
        if (ServerMessage.EXECUTE.equals(message.type())) {
            execute(new Operation(message.operationId(), message.activityType(), message.parameters(),
                    message.timeoutSeconds()));
        } else if (ServerMessage.CANCEL.equals(message.type())) {
            Execution execution = running.get(message.operationId());
            if (execution != null) {
                execution.cancel(message.reason() == null ? "canceled by the server" : message.reason());
            }
        } else {
            LOG.warning("ignoring server message of unknown type " + message.type());
        }
    }

    /** Operations the agent was running when it last stopped: report them failed, never run them again. */
    public void reportInterrupted() {
        for (UUID id : state.running()) {
            state.complete(id, OperationResult.failure(null,
                    "the agent stopped while this operation ran; it was not started again", ErrorCodes.INTERRUPTED));
        }
    }

    public int runningCount() {
        return running.size();
    }

    private void execute(Operation op) {
        if (!state.startOperation(op.id(), op.type())) {
            LOG.fine(() -> "operation " + op.id() + " was seen before; not running it again");
            return;
        }
        Listener listener = new Listener(op.id());
        running.put(op.id(), Execution.DONE);
        try {
            Execution execution = executors.forType(op.type()).start(op, listener);
            running.computeIfPresent(op.id(), (id, placeholder) -> execution);
        } catch (RuntimeException e) {
            listener.finished(OperationResult.failure(null, "the executor failed: " + e, ErrorCodes.EXECUTION_FAILED));
        }
    }

    private final class Listener implements ExecutionListener {
        private final UUID id;

        Listener(UUID id) {
            this.id = id;
        }

        @Override
        public void output(String chunk) {
            state.output(id, chunk);
        }

        @Override
        public void percent(int percent) {
            state.percent(id, percent);
        }

        @Override
        public void finished(OperationResult result) {
            running.remove(id);
            state.complete(id, result);
            onFinished.run();
        }
    }
}
