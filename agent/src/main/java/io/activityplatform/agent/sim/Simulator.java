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
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.logging.Logger;

/**
 * {@code simulate --computers N}: N lightweight agents in one process, for system tests and load. Each has
 * its state in memory and a {@link SimulatedExecutor}; all share one HTTP client and a small thread pool.
 * Exchanges are scheduled per agent at the interval the server tells (capped by {@code maxInterval}). A
 * load measurement may listen to how long each exchange took ({@link #timing}) and spread the fleet's first
 * exchanges over an interval ({@link #start(Duration, Duration)}), as a fleet that came up over time does.
 * {@link #startPinging} paces agents as the reference agent's loop does instead: pings between exchanges.
 */
public class Simulator {

    private static final Logger LOG = Logger.getLogger(Simulator.class.getName());

    private final ServerClient client;
    private final ScheduledExecutorService pool;
    private final Behaviour behaviour;
    private final List<Agent> agents = new ArrayList<>();
    private final AtomicLong exchanges = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong pings = new AtomicLong();
    private volatile LongConsumer exchangeNanos = nanos -> { };

    public Simulator(ServerClient client, ScheduledExecutorService pool, Behaviour behaviour) {
        this.client = client;
        this.pool = pool;
        this.behaviour = behaviour;
    }

    /**
     * Tells {@code listener} the duration in nanoseconds of every exchange that got an answer, on the thread
     * that ran it (failed exchanges are only counted in {@link #failures}). Nothing else changes.
     */
    public Simulator timing(LongConsumer listener) {
        this.exchangeNanos = Objects.requireNonNull(listener);
        return this;
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
            timed(agent);
        }
    }

    /** Keeps every agent exchanging on the pool until {@link #stop}; all begin at once. */
    public void start(Duration maxInterval) {
        start(maxInterval, Duration.ZERO);
    }

    /**
     * Keeps every agent exchanging on the pool until {@link #stop}; agent i of n begins after
     * {@code spread * i / n}, so a fleet spread over its exchange interval exchanges at an even pace instead of
     * in one burst per interval.
     */
    public void start(Duration maxInterval, Duration spread) {
        begin(spread, agent -> () -> cycle(agent, maxInterval, 0));
    }

    /**
     * Keeps every agent working as {@code AgentLoop} does: an exchange at the interval the server tells, a
     * ping every {@code pingEvery} in between, and an exchange at once when the ping says messages wait or a
     * finished operation has a result to report. (The server tells its ping interval in whole seconds; a load
     * measurement may ping more often.) Agent i of n begins after {@code spread * i / n}.
     */
    public void startPinging(Duration pingEvery, Duration spread) {
        begin(spread, agent -> () -> new PingingCycle(this, agent, pingEvery, pool).exchange(0));
    }

    private void begin(Duration spread, Function<Agent, Runnable> first) {
        int n = agents.size();
        for (int i = 0; i < n; i++) {
            Runnable step = first.apply(agents.get(i));
            long offsetMillis = spread.toMillis() * i / n;
            if (offsetMillis == 0) {
                pool.execute(step);
            } else {
                pool.schedule(step, offsetMillis, TimeUnit.MILLISECONDS);
            }
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

    /** Pings sent by {@link #startPinging} agents, answered or not. */
    public long pings() {
        return pings.get();
    }

    void failed(Agent agent, Exception e) {
        failures.incrementAndGet();
        LOG.fine(() -> agent.computerId() + ": " + e.getMessage());
    }

    void pinged() {
        pings.incrementAndGet();
    }

    ExchangeResponse timed(Agent agent) throws IOException, InterruptedException {
        long begin = System.nanoTime();
        ExchangeResponse response = agent.exchangeOnce();
        exchangeNanos.accept(System.nanoTime() - begin);
        exchanges.incrementAndGet();
        return response;
    }

    private void cycle(Agent agent, Duration maxInterval, int failed) {
        long delayMillis;
        int nextFailed = 0;
        try {
            ExchangeResponse response = timed(agent);
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
