package io.activityplatform.agent.sim;

import io.activityplatform.agent.exec.Execution;
import io.activityplatform.agent.exec.ExecutionListener;
import io.activityplatform.agent.exec.Operation;
import io.activityplatform.agent.exec.OperationExecutor;
import io.activityplatform.agent.protocol.OperationResult;
import io.activityplatform.events.event.ErrorCodes;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** Pretends to run any activity type as its {@link Behaviour} says, without touching the machine. */
public class SimulatedExecutor implements OperationExecutor {

    private final Behaviour behaviour;
    private final ScheduledExecutorService timer;

    public SimulatedExecutor(Behaviour behaviour, ScheduledExecutorService timer) {
        this.behaviour = behaviour;
        this.timer = timer;
    }

    @Override
    public Execution start(Operation op, ExecutionListener listener) {
        Behaviour.Mode mode = behaviour.modeFor(op.type(), op.parameters());
        listener.output("simulated " + op.type() + " (" + mode.kind().name().toLowerCase() + ")\n");
        AtomicBoolean done = new AtomicBoolean();
        Runnable succeed = () -> finishOnce(done, listener, OperationResult.success(0, "simulated success"));
        switch (mode.kind()) {
            case SUCCEED -> succeed.run();
            case FAIL -> finishOnce(done, listener,
                    OperationResult.failure(1, "simulated failure", ErrorCodes.EXECUTION_FAILED));
            case SLOW -> {
                ScheduledFuture<?> later = timer.schedule(succeed, mode.delayMillis(), TimeUnit.MILLISECONDS);
                return reason -> {
                    later.cancel(false);
                    finishOnce(done, listener, OperationResult.failure(null, "canceled: " + reason, "CANCELED"));
                };
            }
            case HANG -> {
                return reason -> finishOnce(done, listener,
                        OperationResult.failure(null, "canceled: " + reason, "CANCELED"));
            }
        }
        return Execution.DONE;
    }

    private static void finishOnce(AtomicBoolean done, ExecutionListener listener, OperationResult result) {
        if (done.compareAndSet(false, true)) {
            listener.finished(result);
        }
    }
}
