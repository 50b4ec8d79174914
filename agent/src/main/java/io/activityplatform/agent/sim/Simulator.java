package io.activityplatform.agent.sim;

import io.activityplatform.agent.exec.ExecutorRegistry;
import io.activityplatform.agent.protocol.ExchangeResponse;
import io.activityplatform.agent.protocol.RegisterRequest;
import io.activityplatform.agent.protocol.ServerClient;
import io.activityplatform.agent.run.Agent;
import io.activityplatform.agent.run.Backoff;
import io.activityplatform.agent.state.StateStore;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * {@code simulate --computers N}: N lightweight agents in one process, for system tests and load. Each has
 * its state in memory and a {@link SimulatedExecutor}; all share one HTTP client and a small thread pool.
 * Exchanges are scheduled per agent at the interval the server tells (capped by {@code maxInterval}).
 */
public class Simulator {

    private static final Logger LOG = Logger.getLogger(Simulator.class.getName());

    private final ServerClient client;
    private final ScheduledExecutorService pool;
    private final Behaviour behaviour;
    private final List<Agent> agents = new ArrayList<>();
    private final AtomicLong exchanges = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    public Simulator(ServerClient client, ScheduledExecutorService pool, Behaviour behaviour) {
        this.client = client;
        this.pool = pool;
        this.behaviour = behaviour;
    }

    /** Registers {@code count} computers titled {@code <prefix>-<n>} into the account. */
    public List<Agent> register(String serverUrl, String accountId, String key, String prefix, int count)
            throws IOException, InterruptedException {
        for (int i = 1; i <= count; i++) {
            StateStore store = StateStore.inMemory();
            Agent.register(client, store, serverUrl, new RegisterRequest(accountId, key, prefix + "-" + i,
                    prefix + "-" + i + ".simulated", List.of("simulated")));
            ExecutorRegistry executors = new ExecutorRegistry().fallback(new SimulatedExecutor(behaviour, pool));
            agents.add(new Agent(store, client, executors));
        }
        return List.copyOf(agents);
    }

    /** One exchange of every agent, in turn; for tests that drive the fleet step by step. */
    public void exchangeAll() throws IOException, InterruptedException {
        for (Agent agent : agents) {
            agent.exchangeOnce();
            exchanges.incrementAndGet();
        }
    }

    /** Keeps every agent exchanging on the pool until {@link #stop}. */
    public void start(Duration maxInterval) {
        for (Agent agent : agents) {
            pool.execute(() -> cycle(agent, maxInterval, 0));
        }
    }

    public void stop() {
        pool.shutdownNow();
    }

    public long exchanges() {
        return exchanges.get();
    }

    public long failures() {
        return failures.get();
    }

    private void cycle(Agent agent, Duration maxInterval, int failed) {
        long delayMillis;
        int nextFailed = 0;
        try {
            ExchangeResponse response = agent.exchangeOnce();
            exchanges.incrementAndGet();
            delayMillis = Math.min(maxInterval.toMillis(), response.exchangeIntervalSeconds() * 1000);
            if (agent.runningOperations() > 0) {
                delayMillis = Math.min(delayMillis, 1000);
            }
        } catch (IOException | RuntimeException e) {
            failures.incrementAndGet();
            nextFailed = failed + 1;
            delayMillis = Backoff.DEFAULT.after(nextFailed).toMillis();
            LOG.fine(() -> agent.computerId() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        int carried = nextFailed;
        if (!pool.isShutdown()) {
            pool.schedule(() -> cycle(agent, maxInterval, carried), delayMillis, TimeUnit.MILLISECONDS);
        }
    }
}
