package io.activityplatform.bench;

import io.activityplatform.agent.protocol.ServerClient;
import io.activityplatform.agent.run.Agent;
import io.activityplatform.agent.sim.Behaviour;
import io.activityplatform.agent.sim.Simulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongConsumer;

/**
 * Simulated agents (the agent module's {@link Simulator}, every script succeeds at once) registered with
 * message-system by {@value #THREADS} threads in parallel, each thread's batch one simulator; all share one
 * HTTP client and one pool of threads for their exchanges and pings. The HTTP calls block, so the pool's size
 * is how many requests the fleet has in flight at most: a real fleet of N machines has up to N. An optional
 * listener hears how long every answered exchange took.
 */
public final class SimulatedFleet implements AutoCloseable {

    static final int THREADS = 8;

    private final ScheduledExecutorService pool;
    private final List<Simulator> simulators = new ArrayList<>();
    private final List<String> computers = new ArrayList<>();

    private SimulatedFleet(int requestThreads) {
        pool = Executors.newScheduledThreadPool(requestThreads);
    }

    /** Registers {@code agents} computers titled {@code <prefix>-<thread>-<n>}; {@value #THREADS} requests in flight. */
    public static SimulatedFleet register(String messageSystem, String prefix, int agents, LongConsumer timing)
            throws Exception {
        return register(messageSystem, prefix, agents, timing, THREADS);
    }

    /** As {@link #register(String, String, int, LongConsumer)}, with up to {@code requestThreads} requests in flight. */
    public static SimulatedFleet register(String messageSystem, String prefix, int agents, LongConsumer timing,
            int requestThreads) throws Exception {
        SimulatedFleet fleet = new SimulatedFleet(requestThreads);
        ServerClient client = new ServerClient(ServerClient.defaultHttpClient(), messageSystem);
        List<Callable<List<Agent>>> batches = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int count = agents / THREADS + (t < agents % THREADS ? 1 : 0);
            Simulator simulator = new Simulator(client, fleet.pool, Behaviour.parse("default:succeed")).timing(timing);
            fleet.simulators.add(simulator);
            String batchPrefix = prefix + "-" + t;
            batches.add(() -> simulator.register(messageSystem, BenchStack.ACCOUNT, BenchStack.REGISTRATION_KEY,
                    batchPrefix, count));
        }
        for (List<Agent> batch : inParallel(batches)) {
            batch.forEach(agent -> fleet.computers.add(agent.computerId()));
        }
        return fleet;
    }

    /** One exchange of every agent (each simulator's agents in turn, the simulators in parallel). */
    public void exchangeAll() throws Exception {
        inParallel(simulators.stream().<Callable<Void>>map(s -> () -> {
            s.exchangeAll();
            return null;
        }).toList());
    }

    /**
     * Keeps every agent exchanging, at most every {@code maxInterval}; the first exchanges are spread over
     * {@code spread} (zero: all at once).
     */
    public void start(Duration maxInterval, Duration spread) {
        simulators.forEach(s -> s.start(maxInterval, spread));
    }

    /**
     * Keeps every agent working as real agents do: pings every {@code ping} between exchanges, exchanges when
     * work waits or a result is ready; the first exchanges are spread over {@code spread}.
     */
    public void startPinging(Duration ping, Duration spread) {
        simulators.forEach(s -> s.startPinging(ping, spread));
    }

    /** Exchanges answered so far. */
    public long exchanges() {
        return simulators.stream().mapToLong(Simulator::exchanges).sum();
    }

    /** Pings so far (pinging agents only). */
    public long pings() {
        return simulators.stream().mapToLong(Simulator::pings).sum();
    }

    public List<String> computers() {
        return computers;
    }

    /** Exchanges that got no answer so far. */
    public long failures() {
        return simulators.stream().mapToLong(Simulator::failures).sum();
    }

    private static <T> List<T> inParallel(List<Callable<T>> tasks) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> f : threads.invokeAll(tasks)) {
                results.add(f.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    @Override
    public void close() {
        simulators.forEach(Simulator::stop);
        pool.shutdownNow();
    }
}
