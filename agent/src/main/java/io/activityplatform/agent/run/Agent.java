package io.activityplatform.agent.run;

import io.activityplatform.agent.exec.ExecutorRegistry;
import io.activityplatform.agent.protocol.ExchangeResponse;
import io.activityplatform.agent.protocol.RegisterRequest;
import io.activityplatform.agent.protocol.RegisterResponse;
import io.activityplatform.agent.protocol.ServerClient;
import io.activityplatform.agent.state.AgentState;
import io.activityplatform.agent.state.StateSnapshot;
import io.activityplatform.agent.state.StateStore;
import java.io.IOException;

/**
 * One agent: its saved state, its executors and its connection to the server. {@link #exchangeOnce} is the
 * whole protocol step, which tests and the simulator drive directly; {@link AgentLoop} drives it over time.
 */
public class Agent {

    private final AgentState state;
    private final ServerClient client;
    private final OperationRunner runner;
    private final Exchanger exchanger;
    private final Wakeup wakeup = new Wakeup();

    /** Opens a registered agent; operations it was running when it last stopped are reported interrupted. */
    public Agent(StateStore store, ServerClient client, ExecutorRegistry executors) {
        this.state = AgentState.load(store);
        this.client = client;
        this.runner = new OperationRunner(state, executors, wakeup::signal);
        this.exchanger = new Exchanger(client, state, runner);
        runner.reportInterrupted();
    }

    /** Registers with the server and saves the identity it grants. */
    public static RegisterResponse register(ServerClient client, StateStore store, String serverUrl,
            RegisterRequest request) throws IOException, InterruptedException {
        RegisterResponse granted = client.register(request);
        store.save(StateSnapshot.registered(serverUrl, request.accountId(), granted.computerId(), granted.secretId(),
                granted.exchangeToken()));
        return granted;
    }

    public ExchangeResponse exchangeOnce() throws IOException, InterruptedException {
        return exchanger.exchangeOnce();
    }

    /** Messages wait that did not fit into the last exchange. */
    public boolean moreToSend() {
        return exchanger.more();
    }

    /**
     * Messages wait for the server (a finished operation's result, output): worth an exchange now. The loop
     * learns this from its wakeup signal; a driver without a thread per agent asks instead.
     */
    public boolean hasMessagesToSend() {
        return state.outboxSize() > 0;
    }

    public boolean ping() throws IOException, InterruptedException {
        return client.ping(state.computerId());
    }

    public String computerId() {
        return state.computerId();
    }

    public AgentState state() {
        return state;
    }

    public int runningOperations() {
        return runner.runningCount();
    }

    Wakeup wakeup() {
        return wakeup;
    }
}
