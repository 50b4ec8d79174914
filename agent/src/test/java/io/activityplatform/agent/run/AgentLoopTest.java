package io.activityplatform.agent.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.agent.exec.ExecutionListener;
import io.activityplatform.agent.exec.ExecutorRegistry;
import io.activityplatform.agent.protocol.AgentMessage;
import io.activityplatform.agent.protocol.ExchangeRequest;
import io.activityplatform.agent.protocol.ExchangeResponse;
import io.activityplatform.agent.protocol.OperationResult;
import io.activityplatform.agent.protocol.ServerMessage;
import io.activityplatform.agent.state.StateSnapshot;
import io.activityplatform.agent.state.StateStore;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The loop's timing contract. The server's exchange interval is an hour in these tests, so every delivery the
 * tests await can only come from what cuts the wait short: a finished operation, a ping saying messages wait,
 * or an outbox that did not fit into one exchange.
 */
class AgentLoopTest {

    private static final Duration MAX = Duration.ofSeconds(30);
    private static final long HOUR = 3600;

    private final LoopServer server = new LoopServer();
    private final StateStore store = StateStore.inMemory();
    private final AtomicReference<ExecutionListener> running = new AtomicReference<>();
    private AgentLoop loop;
    private Thread thread;

    @AfterEach
    void stopLoop() throws InterruptedException {
        if (loop != null) {
            loop.stop();
            thread.join(MAX.toMillis());
        }
    }

    @Test
    void stopEndsTheLoopDuringALongWait() {
        start(agent());
        await().atMost(MAX).until(() -> server.requests.size() == 1);

        loop.stop();

        await().atMost(MAX).until(() -> !thread.isAlive());
        assertThat(server.requests).hasSize(1);
    }

    @Test
    void aFinishedOperationIsDeliveredAtOnceNotAfterTheInterval() {
        UUID op = UUID.randomUUID();
        server.outbox.add(execute(1, op));
        start(agent());
        await().atMost(MAX).until(() -> running.get() != null);

        running.get().finished(OperationResult.success(0, "done"));

        await().atMost(MAX).until(() -> resultSent(op));
    }

    @Test
    void aPingSayingMessagesWaitBringsTheNextExchangeForward() {
        server.pingSeconds = 1;
        start(agent());
        await().atMost(MAX).until(() -> server.requests.size() == 1);
        UUID op = UUID.randomUUID();
        server.outbox.add(execute(1, op));

        server.messagesWait = true;

        await().atMost(MAX).until(() -> running.get() != null);
        assertThat(server.pings.get()).isPositive();
    }

    @Test
    void aPingWithoutMessagesDoesNotExchange() {
        server.pingSeconds = 1;
        start(agent());
        await().atMost(MAX).until(() -> server.requests.size() == 1);

        await().atMost(MAX).until(() -> server.pings.get() >= 2);

        assertThat(server.requests).hasSize(1);
    }

    @Test
    void noPingIsSentWhenTheNextExchangeIsDueAnyway() {
        // message-system's defaults: a 5 s interval while operations run, pings every 10 s
        server.intervalSeconds = 1;
        server.pingSeconds = 10;
        start(agent());

        await().atMost(MAX).until(() -> server.requests.size() >= 3);

        assertThat(server.pings).hasValue(0); // a ping right before an exchange only doubles the requests
    }

    @Test
    void theLastPingOfAnIntervalIsLeftToTheExchange() {
        server.intervalSeconds = 2;
        server.pingSeconds = 1;
        start(agent());

        await().atMost(MAX).until(() -> server.requests.size() >= 3);

        // one ping in the middle of each 2 s interval, none at its end
        assertThat(server.pings.get()).isLessThanOrEqualTo(server.requests.size());
    }

    @Test
    void failingPingsNeitherEndTheLoopNorCountAsMessages() {
        server.pingSeconds = 1;
        server.pingFailure = new UncheckedIOException(new java.io.IOException("connection reset"));
        start(agent());

        await().atMost(MAX).until(() -> server.pings.get() >= 2);
        assertThat(server.requests).hasSize(1);
        assertThat(thread.isAlive()).isTrue();

        server.pingFailure = null;
        server.messagesWait = true;
        await().atMost(MAX).until(() -> server.requests.size() >= 2);
    }

    @Test
    void anUnreadableAnswerIsRetriedNotTheEndOfTheLoop() {
        UUID op = UUID.randomUUID();
        server.outbox.add(execute(1, op));
        server.exchangeFailures.add(new UncheckedIOException(new java.io.IOException("unreadable answer")));
        server.exchangeFailures.add(new IllegalStateException("a bug somewhere below"));

        start(agent());

        await().atMost(MAX).until(() -> running.get() != null);
        assertThat(server.exchangeFailures).isEmpty();
    }

    @Test
    void anOutboxLargerThanOneExchangeIsSentWithoutWaitingForTheInterval() {
        UUID op = UUID.randomUUID();
        List<AgentMessage> old = new ArrayList<>();
        int messages = Exchanger.MAX_BATCH_MESSAGES * 2 + 1;
        for (int i = 1; i <= messages; i++) {
            old.add(AgentMessage.progress(i, op, i, null, "line " + i + "\n", false));
        }
        store.save(new StateSnapshot("http://fake/", "acme", "computer-1", "secret", "token-0", 1, messages + 1,
                old, Map.of()));

        start(agent());

        await().atMost(MAX).until(() -> server.nextExpectedFromAgent == messages + 1);
        assertThat(server.requests).hasSize(3);
    }

    private boolean resultSent(UUID op) {
        return server.requests.stream().flatMap(r -> r.messages().stream())
                .anyMatch(m -> m.isResult() && op.equals(m.operationId()));
    }

    private Agent agent() {
        if (store.load().isEmpty()) {
            store.save(StateSnapshot.registered("http://fake/", "acme", "computer-1", "secret", "token-0"));
        }
        return new Agent(store, server, new ExecutorRegistry().fallback((operation, listener) -> {
            running.set(listener);
            return reason -> { };
        }));
    }

    private void start(Agent agent) {
        loop = new AgentLoop(agent, new Backoff(Duration.ofMillis(1), Duration.ofMillis(20)));
        thread = new Thread(() -> {
            try {
                loop.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "agent-loop-test");
        thread.start();
    }

    private static ServerMessage execute(long sequence, UUID op) {
        return new ServerMessage(sequence, ServerMessage.EXECUTE, op, "RestartRequest", Map.of(), null, null);
    }

    /** The fake server with an hour's exchange interval, a ping interval of its own and scripted failures. */
    private static final class LoopServer extends FakeServer {
        final AtomicInteger pings = new AtomicInteger();
        final Queue<RuntimeException> exchangeFailures = new ConcurrentLinkedQueue<>();
        volatile long pingSeconds = HOUR;
        volatile boolean messagesWait;
        volatile RuntimeException pingFailure;

        LoopServer() {
            intervalSeconds = HOUR;
        }

        @Override
        public synchronized ExchangeResponse exchange(ExchangeRequest request) {
            RuntimeException failure = exchangeFailures.poll();
            if (failure != null) {
                throw failure;
            }
            messagesWait = false;
            ExchangeResponse r = super.exchange(request);
            return new ExchangeResponse(r.computerId(), r.nextExpectedSequence(), r.messages(), r.outcomes(),
                    r.nextExchangeToken(), r.exchangeIntervalSeconds(), pingSeconds, r.pending());
        }

        @Override
        public boolean ping(String computerId) {
            pings.incrementAndGet();
            RuntimeException failure = pingFailure;
            if (failure != null) {
                throw failure;
            }
            return messagesWait;
        }
    }
}
