package io.activityplatform.agent.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.agent.exec.Execution;
import io.activityplatform.agent.exec.ExecutorRegistry;
import io.activityplatform.agent.protocol.AgentMessage;
import io.activityplatform.agent.protocol.OperationResult;
import io.activityplatform.agent.protocol.ServerMessage;
import io.activityplatform.agent.state.StateSnapshot;
import io.activityplatform.agent.state.StateStore;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExchangerTest {

    private final FakeServer server = new FakeServer();
    private final StateStore store = StateStore.inMemory();
    private final AtomicInteger runs = new AtomicInteger();
    private final AtomicInteger cancels = new AtomicInteger();

    @Test
    void aReSentExecuteMessageRunsItsOperationOnceAndTheResultIsSentUntilAcknowledged() throws Exception {
        Agent agent = agent(false);
        UUID op = UUID.randomUUID();
        server.outbox.add(execute(1, op));

        agent.exchangeOnce();
        agent.exchangeOnce();

        assertThat(runs).hasValue(1);
        assertThat(server.requests.get(1).nextExpectedSequence()).isEqualTo(2);
        assertThat(server.requests.get(1).messages()).extracting(AgentMessage::type).contains("result");
        agent.exchangeOnce();
        assertThat(server.requests.get(2).messages()).isEmpty();
        assertThat(server.requests.get(2).exchangeToken()).isEqualTo("token-2");
    }

    @Test
    void aRestartedAgentNeverRunsACompletedOperationAgain() throws Exception {
        UUID op = UUID.randomUUID();
        server.outbox.add(execute(1, op));
        Agent first = agent(false);
        first.state().startOperation(op, "X"); // seen and completed before the acknowledgement went out
        first.state().complete(op, OperationResult.success(0, "done"));

        agent(false).exchangeOnce();

        assertThat(runs).hasValue(0);
    }

    @Test
    void anOperationRunningWhenTheAgentDiedIsReportedInterruptedNotRunAgain() throws Exception {
        UUID op = UUID.randomUUID();
        server.outbox.add(execute(1, op));
        agent(true).exchangeOnce(); // starts it; this agent "dies" with it running

        Agent restarted = agent(true);
        restarted.exchangeOnce();

        assertThat(runs).hasValue(1);
        AgentMessage result = server.requests.get(server.requests.size() - 1).messages().stream()
                .filter(AgentMessage::isResult).findFirst().orElseThrow();
        assertThat(result.errorCode()).isEqualTo("INTERRUPTED");
    }

    @Test
    void aCancelMessageReachesTheRunningOperation() throws Exception {
        Agent agent = agent(true);
        UUID op = UUID.randomUUID();
        server.outbox.add(execute(1, op));
        agent.exchangeOnce();
        server.outbox.add(new ServerMessage(2, ServerMessage.CANCEL, op, null, null, null, "activity canceled"));

        agent.exchangeOnce();

        assertThat(cancels).hasValue(1);
    }

    private Agent agent(boolean hang) {
        if (store.load().isEmpty()) {
            store.save(StateSnapshot.registered("http://fake/", "acme", "computer-1", "secret", "token-0"));
        }
        ExecutorRegistry executors = new ExecutorRegistry().fallback((operation, listener) -> {
            runs.incrementAndGet();
            if (hang) {
                return reason -> cancels.incrementAndGet();
            }
            listener.finished(OperationResult.success(0, "ran"));
            return Execution.DONE;
        });
        return new Agent(store, server, executors);
    }

    private static ServerMessage execute(long sequence, UUID op) {
        return new ServerMessage(sequence, ServerMessage.EXECUTE, op, "ExecuteScriptRequest",
                Map.of("interpreter", "/bin/sh", "code", "true"), null, null);
    }
}
