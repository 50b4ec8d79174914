package io.activityplatform.agent.exec;

import io.activityplatform.agent.protocol.OperationResult;
import io.activityplatform.events.type.ActivityType;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The default for activities that would change the machine: changes nothing, and reports exactly what it
 * would have done (the commands, or the type's description and parameters) and that it was a dry run.
 */
public class DryRunExecutor implements OperationExecutor {

    public static final String PREFIX = "DRY RUN: nothing was changed on this computer.";

    @Override
    public Execution start(Operation op, ExecutionListener listener) {
        listener.finished(OperationResult.success(0, describe(op)));
        return Execution.DONE;
    }

    static String describe(Operation op) {
        StringBuilder text = new StringBuilder(PREFIX).append('\n');
        Optional<List<String>> plan = CommandPlans.plan(op);
        if (plan.isPresent()) {
            text.append("Would run:\n");
            plan.get().forEach(command -> text.append("  ").append(command).append('\n'));
        } else {
            String what = ActivityType.fromWireName(op.type()).map(ActivityType::description).orElse(op.type());
            text.append("Would: ").append(what).append('\n')
                    .append("With parameters: ").append(new TreeMap<>(op.parameters())).append('\n');
        }
        return text.append("Real execution of ").append(op.type())
                .append(" is disabled; the operator enables it with --real-execution=").append(op.type()).toString();
    }
}
