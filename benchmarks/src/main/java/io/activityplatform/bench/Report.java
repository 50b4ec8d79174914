package io.activityplatform.bench;

import java.util.List;

/**
 * The results as a Markdown table (ready for the README), then each platform row's ratios to db-scheduler, then
 * the run's checks (execution ledger, partition split), each one line.
 */
public final class Report {

    private Report() {
    }

    public static String render(BenchOptions options, List<Result> results) {
        return render(options, results, List.of());
    }

    public static String render(BenchOptions options, List<Result> results, List<String> checks) {
        return render(options, results, List.of(), checks);
    }

    public static String render(BenchOptions options, List<Result> results, List<FleetResult> fleets,
                                List<String> checks) {
        return render(options, results, List.of(), fleets, checks);
    }

    public static String render(BenchOptions options, List<Result> results, List<StackMeter.Breakdown> breakdowns,
                                List<FleetResult> fleets, List<String> checks) {
        StringBuilder out = new StringBuilder();
        WarmUp warmUp = options.warmUp();
        out.append(String.format("Machine: %d cores, %s; PostgreSQL %s; N = %d after %s, %d idle samples%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name") + " "
                        + System.getProperty("os.version"), options.durable()
                        ? "durable (fsync, synchronous_commit, full_page_writes on)"
                        : "not durable (fsync, synchronous_commit, full_page_writes off)", options.n(),
                warmUp.maximum() == warmUp.minimum() ? warmUp.minimum() + " unmeasured warm-up"
                        : String.format("a warm-up of at least %d, then rounds of %d until JIT compilation takes at "
                        + "most %.0f%% of each JVM's CPU (at most %d in all; see the checks)", warmUp.minimum(),
                        warmUp.round(), 100 * warmUp.settledShare(), warmUp.maximum()),
                options.samples()));
        out.append(String.format("Services: %d %s of each (creates through activity-api replica 1, agents on "
                + "message-system replica 1)%n", options.replicas(), options.replicas() == 1 ? "replica" : "replicas"));
        if (!results.isEmpty()) {
            out.append("\n| contender | end-to-end /s | create /s | machine CPU ms / activity "
                    + "| own processes' CPU ms / activity | idle create → start p50/p90/max "
                    + "| idle create → final visible p50/p90/max | load avg (1/5/15 min) |\n");
            out.append("|---|---|---|---|---|---|---|---|\n");
            for (Result r : results) {
                out.append(String.format("| %s | %.0f | %.0f | %.2f | %.2f | %s | %s | %s |%n", r.name(),
                        r.throughput(), r.createRate(), r.cpuMillisPerActivity(), r.ownCpuMillisPerActivity(),
                        r.toStart().summary(), r.toFinal().summary(), r.loadAverage()));
            }
        }
        Result yardstick = results.stream().filter(r -> r.name().startsWith("db-scheduler")).findFirst().orElse(null);
        if (yardstick != null) {
            out.append("\nRatios to db-scheduler (platform / db-scheduler):\n");
            for (Result r : results) {
                if (r != yardstick) {
                    out.append(String.format("- %s: throughput %.3f×, create rate %.3f×, CPU per activity %.1f× "
                                    + "(own processes %.1f×), idle start p50 %.1f×, idle final p50 %.1f×%n", r.name(),
                            r.throughput() / yardstick.throughput(), r.createRate() / yardstick.createRate(),
                            r.cpuMillisPerActivity() / yardstick.cpuMillisPerActivity(),
                            r.ownCpuMillisPerActivity() / yardstick.ownCpuMillisPerActivity(),
                            r.toStart().p50() / yardstick.toStart().p50(), r.toFinal().p50() / yardstick.toFinal().p50()));
                }
            }
        }
        if (!breakdowns.isEmpty()) {
            out.append("\nWhere the platform's CPU went (ms per activity over each throughput phase) and how its "
                    + "projections batched:\n\n").append(StackMeter.Breakdown.header());
            breakdowns.forEach(b -> out.append(b.row()).append('\n'));
            for (StackMeter.Breakdown b : breakdowns) {
                if (!b.statements().isEmpty()) {
                    out.append("\nCostliest statements (pg_stat_statements), ").append(b.name()).append(":\n\n")
                            .append(StatementStats.header());
                    b.statements().forEach(row -> out.append(row).append('\n'));
                }
            }
        }
        if (!fleets.isEmpty()) {
            out.append(fleetTable(fleets));
        }
        if (!checks.isEmpty()) {
            out.append("\nChecks:\n");
            checks.forEach(line -> out.append(line).append('\n'));
        }
        return out.toString();
    }

    /** The idle fleet's exchanges: rate, latency on the agent's side, CPU per exchange, issue 11's target. */
    static String fleetTable(List<FleetResult> fleets) {
        StringBuilder out = new StringBuilder("\nIdle fleet (no activities created meanwhile; latency measured by the "
                + "agents around each exchange request):\n\n| fleet | agents, exchange interval | exchanges /s "
                + "| exchange latency p50/p90/p99/max | failed exchanges | message-system CPU ms / exchange "
                + "| own processes' CPU ms / exchange | machine CPU ms / exchange | load avg (1/5/15 min) "
                + "| target: p99 < 50 ms |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (FleetResult f : fleets) {
            out.append(String.format("| %s | %d every %.1f s | %.1f | %s (%d) | %d | %.2f | %.2f | %.2f | %s | %s |%n",
                    f.name(), f.agents(), f.exchangeMillis() / 1000.0, f.exchangesPerSecond(), f.latency().summary(),
                    f.latency().count(), f.failures(), f.messageSystemCpuPerExchange(), f.ownCpuPerExchange(),
                    f.machineCpuPerExchange(), f.loadAverage(), f.verdict()));
        }
        return out.toString();
    }
}
