package io.activityplatform.agent.exec;

import io.activityplatform.agent.protocol.OperationResult;
import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.type.ActivityType;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which executor runs which activity type. The standard set runs scripts for real and dry-runs every other
 * client type unless the operator named it (or {@code all}) for real execution; {@link #register} plugs in
 * other executors.
 */
public class ExecutorRegistry {

    public static final String SCRIPT_TYPE = "ExecuteScriptRequest";

    private final Map<String, OperationExecutor> byType = new HashMap<>();
    private OperationExecutor fallback = (op, listener) -> {
        listener.finished(OperationResult.failure(null, "unknown activity type " + op.type(), "UNSUPPORTED_TYPE"));
        return Execution.DONE;
    };

    public static ExecutorRegistry standard(ScriptExecutor scripts, Set<String> realExecution) {
        ExecutorRegistry registry = new ExecutorRegistry();
        DryRunExecutor dryRun = new DryRunExecutor();
        PlannedCommandExecutor real = new PlannedCommandExecutor(scripts);
        for (ActivityType type : ActivityType.values()) {
            if (type.kind() == ActivityKind.CLIENT) {
                boolean enabled = realExecution.contains("all") || realExecution.contains(type.wireName());
                registry.register(type.wireName(), enabled ? real : dryRun);
            }
        }
        return registry.register(SCRIPT_TYPE, scripts);
    }

    public ExecutorRegistry register(String type, OperationExecutor executor) {
        byType.put(type, executor);
        return this;
    }

    /** For every type not registered. */
    public ExecutorRegistry fallback(OperationExecutor executor) {
        this.fallback = executor;
        return this;
    }

    public OperationExecutor forType(String type) {
        return byType.getOrDefault(type, fallback);
    }
}
