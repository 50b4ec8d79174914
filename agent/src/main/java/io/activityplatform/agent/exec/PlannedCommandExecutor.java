package io.activityplatform.agent.exec;

import io.activityplatform.agent.protocol.OperationResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Real execution of a machine-changing activity, enabled by the operator per type: runs the commands of
 * {@link CommandPlans} as a {@code /bin/sh} script (stopping at the first failure) through the script
 * executor, so output, time limits and cancel behave as for scripts.
 */
public class PlannedCommandExecutor implements OperationExecutor {

    private final ScriptExecutor scripts;

    public PlannedCommandExecutor(ScriptExecutor scripts) {
        this.scripts = scripts;
    }

    @Override
    public Execution start(Operation op, ExecutionListener listener) {
        Optional<List<String>> plan = CommandPlans.plan(op);
        if (plan.isEmpty()) {
            listener.finished(OperationResult.failure(null, "this agent has no implementation of " + op.type(),
                    "UNSUPPORTED_TYPE"));
            return Execution.DONE;
        }
        Map<String, Object> script = new HashMap<>();
        script.put("interpreter", "/bin/sh");
        script.put("code", "set -e\n" + String.join("\n", plan.get()) + "\n");
        return scripts.start(new Operation(op.id(), op.type(), script, op.timeoutSeconds()), listener);
    }
}
