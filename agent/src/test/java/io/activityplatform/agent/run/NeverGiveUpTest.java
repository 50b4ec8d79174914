package io.activityplatform.agent.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.agent.exec.Execution;
import io.activityplatform.agent.exec.ExecutorRegistry;
import io.activityplatform.agent.exec.OperationExecutor;
import io.activityplatform.agent.exec.ScriptExecutor;
import io.activityplatform.agent.protocol.AgentMessage;
import io.activityplatform.agent.protocol.ExchangeRequest;
import io.activityplatform.agent.protocol.OperationResult;
import io.activityplatform.agent.protocol.ServerException;
import io.activityplatform.agent.protocol.ServerMessage;
import io.activityplatform.agent.state.StateSnapshot;
import io.activityplatform.agent.state.StateStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 §2: however much output and whatever the server answers, the agent goes on: output is bounded and
 * truncated with a marker, exchanges fit message-system's limits (1,000 messages, 10 MiB), refusals and
 * server errors mean backoff, never the end of the loop.
 */
class NeverGiveUpTest {

    private static final Duration MAX = Duration.ofSeconds(60);
    private static final int SERVER_MAX_MESSAGES = 1000;
    private static final long SERVER_MAX_BODY_CHARS = 10L * 1024 * 1024;
    private static final int MIB = 1024 * 1024;

    @TempDir
    Path work;

    private final FakeServer server = new FakeServer();
    private final StateStore store = StateStore.inMemory();
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
    private final List<Thread> loops = new ArrayList<>();
    private final List<AgentLoop> running = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        running.forEach(AgentLoop::stop);
        for (Thread loop : loops) {
            loop.join(MAX.toMillis());
        }
        timer.shutdownNow();
    }

    @Test
    void twentyMibOfOutputBetweenTwoExchangesAndARefusedBatchStillEndInATruncatedResult() throws Exception {
        serverWithLimits();
        AtomicBoolean refusedOnce = new AtomicBoolean();
        var limits = server.gate;
        server.gate = request -> request.messages().size() > 0 && refusedOnce.compareAndSet(false, true)
                ? new ServerException(400, "rejected once") : limits.apply(request);
        UUID op = UUID.randomUUID();
        Agent agent = agent((operation, listener) -> {
            String mib = "x".repeat(MIB);
            for (int i = 0; i < 20; i++) {
                listener.output(mib); // an executor without a cap of its own, all before the next exchange
            }
            listener.finished(OperationResult.success(0, "done"));
            return Execution.DONE;
        });
        server.outbox.add(execute(1, op));

        start(agent);

        AgentMessage result = awaitResult(op);
        assertThat(result.status()).isEqualTo("SUCCEEDED");
        assertThat(server.refused).isNotEmpty();
        String output = outputOf(op);
        assertThat(output).hasSizeLessThan(70 * 1024).endsWith("[output truncated by the agent]\n");
        assertThat(progressOf(op)).anyMatch(m -> Boolean.TRUE.equals(m.truncated()));
        assertThat(server.requests).allMatch(r -> r.messages().size() <= SERVER_MAX_MESSAGES);
    }

    @Test
    void aRealScriptWritingTwentyMibEndsWithItsOutputTruncated() throws Exception {
        serverWithLimits();
        UUID op = UUID.randomUUID();
        Agent agent = agent(new ScriptExecutor(work, timer));
        server.outbox.add(new ServerMessage(1, ServerMessage.EXECUTE, op, "ExecuteScriptRequest",
                Map.of("interpreter", "/bin/sh", "code", "head -c 20971520 /dev/zero | tr '\\0' x; echo; echo end"),
                null, null));

        start(agent);

        AgentMessage result = awaitResult(op);
        assertThat(result.status()).isEqualTo("SUCCEEDED");
        assertThat(result.text()).contains("[output truncated]").hasSizeLessThan(65 * 1024);
        assertThat(outputOf(op)).contains("[output truncated]").hasSizeLessThanOrEqualTo(64 * 1024);
    }

    @Test
    void refusalsOfTheAgentItselfAndServerErrorsMeanBackoffNotTheEnd() throws Exception {
        int[] answers = {401, 403, 404, 500, 503};
        int[] calls = {0};
        server.gate = request -> calls[0] < answers.length ? new ServerException(answers[calls[0]++], "no") : null;
        UUID op = UUID.randomUUID();
        Agent agent = agent(succeeding());
        server.outbox.add(execute(1, op));

        start(agent);

        assertThat(awaitResult(op).status()).isEqualTo("SUCCEEDED");
        assertThat(server.refused).hasSize(answers.length);
    }

    @Test
    void aRestartWithAnOversizedOutboxSendsItInBatchesTheServerAccepts() throws Exception {
        serverWithLimits();
        UUID op = UUID.randomUUID();
        List<AgentMessage> old = new ArrayList<>();
        for (int i = 1; i <= 3000; i++) { // written by an agent that did not split its exchanges
            old.add(AgentMessage.progress(i, op, i, null, "line " + i + "\n", false));
        }
        store.save(new StateSnapshot("http://fake/", "acme", "computer-1", "secret", "token-0", 1, 3001, old,
                Map.of()));

        start(new Agent(store, server, new ExecutorRegistry().fallback(succeeding())));

        await().atMost(MAX).until(() -> server.nextExpectedFromAgent == 3001);
        assertThat(server.requests).allMatch(r -> r.messages().size() <= SERVER_MAX_MESSAGES);
        assertThat(server.requests.stream().mapToLong(r -> r.messages().size()).sum()).isEqualTo(3000);
    }

    @Test
    void aMessageRefusedEvenAloneIsDroppedAndTheOthersGoThrough() throws Exception {
        UUID poisoned = UUID.randomUUID();
        UUID fine = UUID.randomUUID();
        server.gate = request -> request.messages().stream().anyMatch(m -> poisoned.equals(m.operationId()))
                ? new ServerException(400, "messages[0].text: invalid") : null;
        Agent agent = agent(succeeding());
        server.outbox.add(execute(1, poisoned));
        server.outbox.add(execute(2, fine));

        start(agent);

        assertThat(awaitResult(fine).status()).isEqualTo("SUCCEEDED");
        assertThat(agent.state().outboxSize()).isZero();
    }

    @Test
    void whileTheServerIsDownTheOutboxStaysBounded() throws Exception {
        Agent agent = agent(succeeding());
        server.gate = request -> new ServerException(503, "down");
        int operations = 400;
        for (int i = 0; i < operations; i++) {
            UUID op = UUID.randomUUID();
            agent.state().startOperation(op, "X");
            for (int chunk = 0; chunk < 20; chunk++) {
                agent.state().output(op, "y".repeat(8 * 1024));
                agent.state().messagesToSend(); // a failed exchange after each chunk
            }
            agent.state().complete(op, OperationResult.success(0, "done"));
        }

        long progress = agent.state().snapshot().outbox().stream().filter(m -> !m.isResult()).count();
        assertThat(progress).isLessThanOrEqualTo(2_000);
        assertThat(agent.state().snapshot().outbox().stream().filter(AgentMessage::isResult)).hasSize(operations);
    }

    /** message-system's limits: at most 1,000 messages and 10 MiB per exchange. */
    private void serverWithLimits() {
        server.gate = request -> {
            if (request.messages().size() > SERVER_MAX_MESSAGES) {
                return new ServerException(400, "messages: size must be between 0 and 1000");
            }
            long chars = request.messages().stream().mapToLong(AgentMessage::textLength).sum();
            return chars > SERVER_MAX_BODY_CHARS ? new ServerException(413, null) : null;
        };
    }

    private AgentMessage awaitResult(UUID op) {
        await().atMost(MAX).until(() -> sent(op).stream().anyMatch(AgentMessage::isResult));
        return sent(op).stream().filter(AgentMessage::isResult).findFirst().orElseThrow();
    }

    private List<AgentMessage> sent(UUID op) {
        return server.requests.stream().flatMap(r -> r.messages().stream())
                .filter(m -> op.equals(m.operationId())).toList();
    }

    private List<AgentMessage> progressOf(UUID op) {
        return sent(op).stream().filter(m -> !m.isResult()).toList();
    }

    private String outputOf(UUID op) {
        StringBuilder output = new StringBuilder();
        progressOf(op).stream().map(AgentMessage::output).forEach(output::append);
        return output.toString();
    }

    private void start(Agent agent) {
        AgentLoop loop = new AgentLoop(agent, new Backoff(Duration.ofMillis(1), Duration.ofMillis(20)));
        Thread thread = new Thread(() -> {
            try {
                loop.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "agent-loop");
        running.add(loop);
        loops.add(thread);
        thread.start();
    }

    private Agent agent(OperationExecutor executor) {
        if (store.load().isEmpty()) {
            store.save(StateSnapshot.registered("http://fake/", "acme", "computer-1", "secret", "token-0"));
        }
        return new Agent(store, server, new ExecutorRegistry().register(ExecutorRegistry.SCRIPT_TYPE, executor)
                .fallback(executor));
    }

    private static OperationExecutor succeeding() {
        return (operation, listener) -> {
            listener.finished(OperationResult.success(0, "ran"));
            return Execution.DONE;
        };
    }

    private static ServerMessage execute(long sequence, UUID op) {
        return new ServerMessage(sequence, ServerMessage.EXECUTE, op, "ExecuteScriptRequest",
                Map.of("interpreter", "/bin/sh", "code", "true"), null, null);
    }
}
