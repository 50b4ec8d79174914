package io.activityplatform.agent.sim;

import io.activityplatform.agent.exec.Execution;
import io.activityplatform.agent.exec.ExecutionListener;
import io.activityplatform.agent.exec.Operation;
import io.activityplatform.agent.exec.OperationExecutor;
import io.activityplatform.agent.protocol.OperationResult;
import io.activityplatform.events.event.ErrorCodes;
import io.activityplatform.events.ledger.ExecutionLedger;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** Pretends to run any activity type as its {@link Behaviour} says, without touching the machine. */
public class SimulatedExecutor implements OperationExecutor {

    /**
     * What a {@code noisy} operation prints, as a careless script would: NUL, other C0 controls, an ANSI
     * colour (ESC), DEL, unpaired surrogates (what a lenient decoder makes of broken UTF-16) and the
     * non-character U+FFFF; the server must make it legal text before it becomes an event.
     */
    public static final String NOISY_OUTPUT =
            "a\u0000b\u0001c\u0007d\u001B[31mred\u001B[0m\u001Fe\u007Ff\uD800g\uDC00h\uFFFFi\tj\r\n";
    /** The result text of a {@code noisy} operation: illegal characters reach the result text too. */
    public static final String NOISY_RESULT = "noisy\u0000done\u0008";

    /** The executor name simulated agents write in the execution ledger. */
    public static final String LEDGER_EXECUTOR = "agent";

    private final Behaviour behaviour;
    private final ScheduledExecutorService timer;
    private final ExecutionLedger ledger;

    public SimulatedExecutor(Behaviour behaviour, ScheduledExecutorService timer) {
        this(behaviour, timer, null);
    }

    /** @param ledger where every started operation is recorded (issue 10 §6), or null */
    public SimulatedExecutor(Behaviour behaviour, ScheduledExecutorService timer, ExecutionLedger ledger) {
        this.behaviour = behaviour;
        this.timer = timer;
        this.ledger = ledger;
    }

    @Override
    public Execution start(Operation op, ExecutionListener listener) {
        if (ledger != null) {
            ledger.started(LEDGER_EXECUTOR, op.id(), "-");
        }
        Behaviour.Mode mode = behaviour.modeFor(op.type(), op.parameters());
        listener.output("simulated " + op.type() + " (" + mode.kind().name().toLowerCase() + ")\n");
        AtomicBoolean done = new AtomicBoolean();
        Runnable succeed = () -> finishOnce(done, listener, OperationResult.success(0, "simulated success"));
        switch (mode.kind()) {
            case SUCCEED -> succeed.run();
            case NOISY -> {
                listener.output(NOISY_OUTPUT);
                finishOnce(done, listener, OperationResult.success(0, NOISY_RESULT));
            }
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
