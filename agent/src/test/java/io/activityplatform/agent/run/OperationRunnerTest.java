package io.activityplatform.agent.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.agent.exec.Execution;
import io.activityplatform.agent.exec.ExecutionListener;
import io.activityplatform.agent.exec.ExecutorRegistry;
import io.activityplatform.agent.protocol.AgentMessage;
import io.activityplatform.agent.protocol.OperationResult;
import io.activityplatform.agent.protocol.ServerMessage;
import io.activityplatform.agent.state.AgentState;
import io.activityplatform.agent.state.OperationRecord;
import io.activityplatform.agent.state.StateSnapshot;
import io.activityplatform.agent.state.StateStore;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * What the runner promises the exchange: one run per operation id, cancels reach the running execution,
 * every end (even an executor blowing up) becomes exactly one result in the outbox and a wake-up.
 */
class OperationRunnerTest {

    private final StateStore store = StateStore.inMemory();
    private final AtomicInteger finishedSignals = new AtomicInteger();
    private final AtomicInteger starts = new AtomicInteger();
    private final List<String> cancelReasons = new CopyOnWriteArrayList<>();
    private final AtomicReference<ExecutionListener> lastListener = new AtomicReference<>();

    @Test
    void anExecuteMessageSeenTwiceRunsItsOperationOnce() {
        OperationRunner runner = runner(hanging());
        UUID op = UUID.randomUUID();

        runner.handle(execute(1, op));
        runner.handle(execute(2, op)); // re-sent by the server after a lost acknowledgement

        assertThat(starts).hasValue(1);
        assertThat(runner.runningCount()).isEqualTo(1);
    }

    @Test
    void anOperationThatFinishesWhileStartingIsNotCountedAsRunning() {
        OperationRunner runner = runner(succeeding());

        runner.handle(execute(1, UUID.randomUUID()));

        // a finished operation left in the running map would pin it (and its cancel handle) forever
        assertThat(runner.runningCount()).isZero();
        assertThat(finishedSignals).hasValue(1);
    }

    @Test
    void anAsynchronousFinishResultsInOneResultAndAWakeup() {
        OperationRunner runner = runner(hanging());
        UUID op = UUID.randomUUID();
        runner.handle(execute(1, op));
        assertThat(finishedSignals).hasValue(0);

        lastListener.get().output("hello\n");
        lastListener.get().percent(40);
        lastListener.get().finished(OperationResult.success(0, "done"));

        assertThat(runner.runningCount()).isZero();
        assertThat(finishedSignals).hasValue(1);
        List<AgentMessage> sent = state.messagesToSend();
        assertThat(sent).extracting(AgentMessage::type).containsExactly(AgentMessage.PROGRESS, AgentMessage.RESULT);
        assertThat(sent.get(0).output()).isEqualTo("hello\n");
        assertThat(sent.get(0).percent()).isEqualTo(40);
        assertThat(sent.get(1).status()).isEqualTo("SUCCEEDED");
        assertThat(state.operation(op).status()).isEqualTo(OperationRecord.Status.COMPLETED);
    }

    @Test
    void aCancelReachesTheRunningExecutionWithTheServersReason() {
        OperationRunner runner = runner(hanging());
        UUID op = UUID.randomUUID();
        runner.handle(execute(1, op));

        runner.handle(cancel(2, op, "activity canceled by alice"));
        runner.handle(cancel(3, op, null));

        assertThat(cancelReasons).containsExactly("activity canceled by alice", "canceled by the server");
    }

    @Test
    void aCancelForAnUnknownOrFinishedOperationDoesNothing() {
        OperationRunner runner = runner(succeeding());
        UUID op = UUID.randomUUID();
        runner.handle(execute(1, op));

        runner.handle(cancel(2, op, "too late"));
        runner.handle(cancel(3, UUID.randomUUID(), "never seen"));

        assertThat(cancelReasons).isEmpty();
        assertThat(state.messagesToSend()).filteredOn(AgentMessage::isResult).hasSize(1);
    }

    @Test
    void anExecutorThatThrowsBecomesAFailedResultNotALostOperation() {
        OperationRunner runner = runner((operation, listener) -> {
            throw new IllegalStateException("boom");
        });
        UUID op = UUID.randomUUID();

        runner.handle(execute(1, op));

        AgentMessage result = state.messagesToSend().stream().filter(AgentMessage::isResult).findFirst()
                .orElseThrow();
        assertThat(result.operationId()).isEqualTo(op);
        assertThat(result.status()).isEqualTo("FAILED");
        assertThat(result.errorCode()).isEqualTo("EXECUTION_FAILED");
        assertThat(result.text()).contains("boom");
        assertThat(runner.runningCount()).isZero();
        assertThat(finishedSignals).hasValue(1);
    }

    @Test
    void operationsRunningWhenTheAgentStoppedAreReportedInterruptedAndNotRunAgain() {
        UUID interrupted = UUID.randomUUID();
        UUID completed = UUID.randomUUID();
        OperationRunner runner = runner(hanging());
        state.startOperation(interrupted, "ExecuteScriptRequest");
        state.startOperation(completed, "ExecuteScriptRequest");
        state.complete(completed, OperationResult.success(0, "done"));
        int resultsBefore = (int) state.messagesToSend().stream().filter(AgentMessage::isResult).count();

        runner.reportInterrupted();
        runner.handle(execute(1, interrupted));

        List<AgentMessage> results = state.messagesToSend().stream().filter(AgentMessage::isResult).toList();
        assertThat(results).hasSize(resultsBefore + 1);
        AgentMessage report = results.get(results.size() - 1);
        assertThat(report.operationId()).isEqualTo(interrupted);
        assertThat(report.status()).isEqualTo("FAILED");
        assertThat(report.errorCode()).isEqualTo("INTERRUPTED");
        assertThat(starts).hasValue(0);
        assertThat(state.running()).isEmpty();
    }

    @Test
    void aMessageOfAnUnknownTypeIsIgnored() {
        OperationRunner runner = runner(succeeding());

        runner.handle(new ServerMessage(1, "reboot-now", UUID.randomUUID(), "X", Map.of(), null, null));

        assertThat(starts).hasValue(0);
        assertThat(state.messagesToSend()).isEmpty();
    }

    @Test
    void theExecutorSeesTheOperationAsTheServerSentIt() {
        AtomicReference<io.activityplatform.agent.exec.Operation> seen = new AtomicReference<>();
        OperationRunner runner = runner((operation, listener) -> {
            seen.set(operation);
            return Execution.DONE;
        });
        UUID op = UUID.randomUUID();

        runner.handle(new ServerMessage(7, ServerMessage.EXECUTE, op, "RestartRequest", Map.of("delayMinutes", 5),
                120, null));

        assertThat(seen.get().id()).isEqualTo(op);
        assertThat(seen.get().type()).isEqualTo("RestartRequest");
        assertThat(seen.get().integer("delayMinutes")).isEqualTo(5);
        assertThat(seen.get().timeoutSeconds()).isEqualTo(120);
    }

    private AgentState state;

    private OperationRunner runner(io.activityplatform.agent.exec.OperationExecutor executor) {
        store.save(StateSnapshot.registered("http://fake/", "acme", "computer-1", "secret", "token-0"));
        state = AgentState.load(store);
        io.activityplatform.agent.exec.OperationExecutor counting = (operation, listener) -> {
            starts.incrementAndGet();
            lastListener.set(listener);
            return executor.start(operation, listener);
        };
        return new OperationRunner(state, new ExecutorRegistry().fallback(counting), finishedSignals::incrementAndGet);
    }

    private io.activityplatform.agent.exec.OperationExecutor hanging() {
        return (operation, listener) -> cancelReasons::add;
    }

    private static io.activityplatform.agent.exec.OperationExecutor succeeding() {
        return (operation, listener) -> {
            listener.finished(OperationResult.success(0, "ran"));
            return reason -> {
                throw new AssertionError("a finished operation was canceled: " + reason);
            };
        };
    }

    private static ServerMessage execute(long sequence, UUID op) {
        return new ServerMessage(sequence, ServerMessage.EXECUTE, op, "ExecuteScriptRequest",
                Map.of("interpreter", "/bin/sh", "code", "true"), null, null);
    }

    private static ServerMessage cancel(long sequence, UUID op, String reason) {
        return new ServerMessage(sequence, ServerMessage.CANCEL, op, null, null, null, reason);
    }
}
