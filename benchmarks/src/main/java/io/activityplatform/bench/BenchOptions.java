package io.activityplatform.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * What one benchmark run does, from system properties ({@code -Dbench.n=2000} etc.; the module's POM passes
 * them through): activities per throughput phase, unmeasured warm-up activities before it, idle latency samples, simulated agents, whether PostgreSQL
 * runs durably, which phases run ({@code all} or a comma-separated subset of {@link #PHASES}), and how many
 * replicas of each service run ({@code bench.replicas}, 1 by default), and the idle fleet of the {@code agents}
 * phase: {@code bench.fleet} agents exchanging every {@code bench.fleet-exchange-millis}, measured for
 * {@code bench.fleet-seconds} after {@code bench.fleet-warmup-seconds}. With {@code bench.statements} the server
 * loads pg_stat_statements and each throughput phase lists its costliest statements; with {@code bench.profile}
 * each throughput phase leaves a flight recording of every service ({@link FlightRecordings}). Each throughput phase
 * first runs {@code bench.warmup} unmeasured activities, then rounds of {@code bench.warmup-round} more until JIT
 * compilation took at most {@code bench.warmup-settled} of each measured JVM's CPU in a round, up to
 * {@code bench.warmup-max} in all ({@link WarmUp}).
 */
public record BenchOptions(int n, int samples, int agents, boolean durable, Set<String> phases, Path dir,
                           Path repo, int createConcurrency, int pingMillis, int jobConcurrency, WarmUp warmUp,
                           int replicas, Fleet fleet, int createBatch, int batchConcurrency, int agentThreads,
                           boolean statements, boolean profile) {

    /** Warm-up rounds after the minimum, and their cap: 150,000 no-op activities take 4–6 minutes here. */
    public static final int DEFAULT_WARMUP_ROUND = 10_000;
    public static final int DEFAULT_WARMUP_MAX = 150_000;
    /** The compilers' share of each JVM's CPU at or below which the JVMs count as warm. */
    public static final double DEFAULT_WARMUP_SETTLED = 0.05;

    /** Server activities per {@code POST /activities/bulk/create} in the throughput phases; 1 = one POST each. */
    public static final int DEFAULT_CREATE_BATCH = 500;
    /** Batch requests in flight (each waits for the view once). */
    public static final int DEFAULT_BATCH_CONCURRENCY = 4;

    /**
     * Requests the client phase's agents have in flight at most (their HTTP calls block a thread each). 64
     * measured no better than 8 on 2 cores (131 against 106–155 /s): the server, not the driver, is the limit,
     * and more threads only ping more often.
     */
    public static final int DEFAULT_AGENT_THREADS = 8;

    /** message-system's own idle exchange interval ({@code messages.exchange.interval}). */
    static final int DEFAULT_EXCHANGE_MILLIS = 60_000;

    public static final Set<String> PHASES = Set.of("db-scheduler", "server", "no-op", "client", "agents");

    /**
     * The {@code agents} phase: {@code agents} simulated computers, each exchanging every {@code exchangeMillis}
     * (60 s, message-system's default interval for an idle agent: 10,000 agents make 167 exchanges/s), exchange
     * latency measured for {@code seconds} after {@code warmupSeconds} unmeasured.
     */
    public record Fleet(int agents, int exchangeMillis, int seconds, int warmupSeconds) {

        public static final Fleet DEFAULT = new Fleet(10_000, 60_000, 60, 10);
    }

    /** Without a fleet of its own: the {@code agents} phase's defaults. */
    public BenchOptions(int n, int samples, int agents, boolean durable, Set<String> phases, Path dir, Path repo,
                        int createConcurrency, int pingMillis, int jobConcurrency, int warmup, int replicas) {
        this(n, samples, agents, durable, phases, dir, repo, createConcurrency, pingMillis, jobConcurrency,
                WarmUp.exactly(warmup),
                replicas, Fleet.DEFAULT, DEFAULT_CREATE_BATCH, DEFAULT_BATCH_CONCURRENCY, DEFAULT_AGENT_THREADS, false,
                false);
    }

    /** Unmeasured activities each phase runs at least: the warm-up's minimum. */
    public int warmup() {
        return warmUp.minimum();
    }

    public static BenchOptions from(Map<String, String> p) {
        int n = positive(p, "bench.n", 20000);
        int samples = positive(p, "bench.samples", 50);
        int warmup = notNegative(p, "bench.warmup", 10_000);
        String phases = p.getOrDefault("bench.phases", "all");
        Set<String> selected = phases.equals("all") ? PHASES : Set.of(phases.split(","));
        if (!PHASES.containsAll(selected)) {
            throw new IllegalArgumentException("bench.phases: all or some of " + PHASES + ", got " + phases);
        }
        return new BenchOptions(n, samples, positive(p, "bench.agents", 1000),
                Boolean.parseBoolean(p.getOrDefault("bench.durable", "true")), selected,
                Path.of(p.getOrDefault("bench.dir", "benchmarks/target/bench-run")).toAbsolutePath(),
                Path.of(p.getOrDefault("bench.repo", ".")).toAbsolutePath().normalize(),
                positive(p, "bench.create-concurrency", 64), positive(p, "bench.ping-millis", 250),
                positive(p, "bench.job-concurrency", 32),
                new WarmUp(warmup, positive(p, "bench.warmup-round", DEFAULT_WARMUP_ROUND),
                        Math.max(warmup, notNegative(p, "bench.warmup-max", DEFAULT_WARMUP_MAX)),
                        Double.parseDouble(p.getOrDefault("bench.warmup-settled",
                                String.valueOf(DEFAULT_WARMUP_SETTLED)).trim())),
                positive(p, "bench.replicas", 1),
                new Fleet(positive(p, "bench.fleet", Fleet.DEFAULT.agents()),
                        positive(p, "bench.fleet-exchange-millis", Fleet.DEFAULT.exchangeMillis()),
                        positive(p, "bench.fleet-seconds", Fleet.DEFAULT.seconds()),
                        notNegative(p, "bench.fleet-warmup-seconds", Fleet.DEFAULT.warmupSeconds())),
                positive(p, "bench.create-batch", DEFAULT_CREATE_BATCH),
                positive(p, "bench.batch-concurrency", DEFAULT_BATCH_CONCURRENCY),
                positive(p, "bench.agent-threads", DEFAULT_AGENT_THREADS),
                Boolean.parseBoolean(p.getOrDefault("bench.statements", "false")),
                Boolean.parseBoolean(p.getOrDefault("bench.profile", "false")));
    }

    /**
     * The idle exchange interval message-system tells every agent, in whole seconds (the protocol's unit): the
     * {@code agents} phase's pace when it runs (its simulators cap it at their own), else message-system's
     * default of 60 s. The client phase's agents ping between exchanges ({@code bench.ping-millis}) as real
     * agents do, so its pace is not an exchange interval.
     */
    public long agentIntervalSeconds() {
        long longest = runs("agents") ? Math.max(1000, fleet.exchangeMillis()) : DEFAULT_EXCHANGE_MILLIS;
        return (longest + 999) / 1000;
    }

    private static int notNegative(Map<String, String> p, String key, int fallback) {
        int value = Integer.parseInt(p.getOrDefault(key, String.valueOf(fallback)).trim());
        if (value < 0) {
            throw new IllegalArgumentException(key + " must not be negative, got " + value);
        }
        return value;
    }

    private static int positive(Map<String, String> p, String key, int fallback) {
        int value = Integer.parseInt(p.getOrDefault(key, String.valueOf(fallback)).trim());
        if (value < 1) {
            throw new IllegalArgumentException(key + " must be at least 1, got " + value);
        }
        return value;
    }

    /**
     * PostgreSQL settings of the one server both contenders use. Durable: every commit waits for its WAL flush
     * and pages are fsynced (a real server's defaults). Not durable: what the local stack and tests run with.
     */
    public Map<String, String> postgresSettings() {
        String on = durable ? "on" : "off";
        Map<String, String> settings = new java.util.TreeMap<>(Map.of("fsync", on, "synchronous_commit", on,
                "full_page_writes", on));
        if (statements) {
            // bench.statements: PostgreSQL's own account of each phase's statements (StatementStats)
            settings.putAll(StatementStats.SERVER_SETTINGS);
        }
        return settings;
    }

    public boolean runs(String phase) {
        return phases.contains(phase);
    }
}
