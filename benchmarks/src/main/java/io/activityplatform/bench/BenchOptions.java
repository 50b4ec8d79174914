package io.activityplatform.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * What one benchmark run does, from system properties ({@code -Dbench.n=2000} etc.; the module's POM passes
 * them through): activities per throughput phase, unmeasured warm-up activities before it, idle latency samples, simulated agents, whether PostgreSQL
 * runs durably, which phases run ({@code all} or a comma-separated subset of {@link #PHASES}), and how many
 * replicas of each service run ({@code bench.replicas}, 1 by default).
 */
public record BenchOptions(int n, int samples, int agents, boolean durable, Set<String> phases, Path dir,
                           Path repo, int createConcurrency, int exchangeMillis, int jobConcurrency, int warmup,
                           int replicas) {

    public static final Set<String> PHASES = Set.of("db-scheduler", "server", "no-op", "client");

    public static BenchOptions from(Map<String, String> p) {
        int n = positive(p, "bench.n", 20000);
        int samples = positive(p, "bench.samples", 50);
        String phases = p.getOrDefault("bench.phases", "all");
        Set<String> selected = phases.equals("all") ? PHASES : Set.of(phases.split(","));
        if (!PHASES.containsAll(selected)) {
            throw new IllegalArgumentException("bench.phases: all or some of " + PHASES + ", got " + phases);
        }
        return new BenchOptions(n, samples, positive(p, "bench.agents", 1000),
                Boolean.parseBoolean(p.getOrDefault("bench.durable", "true")), selected,
                Path.of(p.getOrDefault("bench.dir", "benchmarks/target/bench-run")).toAbsolutePath(),
                Path.of(p.getOrDefault("bench.repo", ".")).toAbsolutePath().normalize(),
                positive(p, "bench.create-concurrency", 64), positive(p, "bench.exchange-millis", 250),
                positive(p, "bench.job-concurrency", 32), notNegative(p, "bench.warmup", 3000),
                positive(p, "bench.replicas", 1));
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
        return durable
                ? Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on")
                : Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off");
    }

    public boolean runs(String phase) {
        return phases.contains(phase);
    }
}
