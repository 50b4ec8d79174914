package io.activityplatform.systemtests;

import io.activityplatform.agent.exec.ExecutorRegistry;
import io.activityplatform.agent.exec.OperationExecutor;
import io.activityplatform.agent.protocol.RegisterRequest;
import io.activityplatform.agent.protocol.ServerClient;
import io.activityplatform.agent.run.Agent;
import io.activityplatform.agent.sim.Behaviour;
import io.activityplatform.agent.sim.SimulatedExecutor;
import io.activityplatform.agent.state.StateStore;
import io.activityplatform.events.ledger.ExecutionLedger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Simulated computers built from the reference agent, exchanging every few hundred milliseconds, whose
 * executors append every operation they start to the execution ledger (common-events {@code ExecutionLedger},
 * shared with job-handler's handlers): the system test's proof that nothing ran twice. Exchange failures
 * (a crashed message-system) are retried on the next tick, like a real agent's backoff.
 */
final class SimulatedFleet implements AutoCloseable {

    private final ServerClient client;
    private final ScheduledExecutorService pool = Executors.newScheduledThreadPool(4);
    private final Behaviour behaviour;
    private final List<Agent> agents = new ArrayList<>();
    private final ExecutionLedger ledger;
    private final AtomicLong exchanges = new AtomicLong();
    private final AtomicLong failedExchanges = new AtomicLong();

    SimulatedFleet(String serverUrl, Behaviour behaviour, ExecutionLedger ledger) {
        this.client = new ServerClient(ServerClient.defaultHttpClient(), serverUrl);
        this.behaviour = behaviour;
        this.ledger = ledger;
    }

    /** Registers computers and returns their public ids (the computerId of activities). */
    List<String> register(String serverUrl, String account, String key, String prefix, int count)
            throws Exception {
        List<String> ids = new ArrayList<>();
        OperationExecutor simulated = new SimulatedExecutor(behaviour, pool, ledger);
        for (int i = 1; i <= count; i++) {
            StateStore store = StateStore.inMemory();
            Agent.register(client, store, serverUrl, new RegisterRequest(account, key, prefix + "-" + i,
                    prefix + "-" + i + ".test", List.of("system-test")));
            Agent agent = new Agent(store, client, new ExecutorRegistry().fallback(simulated));
            agents.add(agent);
            ids.add(agent.computerId());
        }
        return ids;
    }

    /** Starts exchanging, each agent every {@code periodMillis}. */
    void start(long periodMillis) {
        for (Agent agent : agents) {
            pool.scheduleWithFixedDelay(() -> exchange(agent), 0, periodMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void exchange(Agent agent) {
        try {
            agent.exchangeOnce();
            exchanges.incrementAndGet();
        } catch (Exception e) {
            failedExchanges.incrementAndGet();
        }
    }

    long exchanges() {
        return exchanges.get();
    }

    long failedExchanges() {
        return failedExchanges.get();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
