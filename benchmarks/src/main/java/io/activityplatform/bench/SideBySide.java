package io.activityplatform.bench;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The side-by-side benchmark in one run: PostgreSQL and Kafka start; db-scheduler runs alone; then the three
 * services start on the same database server and run the cheapest real server type
 * ({@code GenerateUsgReportActivity} over an empty set of USG results), the same type as a benchmark no-op
 * (job-handler restarted with {@code benchmark.no-op-types}), client activities on simulated agents, and the
 * exchange latency of an idle fleet of simulated agents (10,000 by default).
 * Prints a Markdown table and the ratios, and writes them to {@code <bench.dir>/report.md}. After each platform
 * phase the execution ledger must show nothing started twice, and after the platform phases each service's
 * consumer group shows how its partitions are split between the {@code bench.replicas} replicas; a failed
 * ledger check is a FAILED line in the report and a non-zero exit.
 */
public final class SideBySide {

    static final String SERVER_TYPE = "GenerateUsgReportActivity";
    static final Map<String, Object> SERVER_PARAMETERS = Map.of("profile", "benchmark");

    private SideBySide() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> properties = new HashMap<>();
        System.getProperties().forEach((k, v) -> properties.put(k.toString(), v.toString()));
        BenchOptions options = BenchOptions.from(properties);
        List<Result> results = new ArrayList<>();
        List<FleetResult> fleets = new ArrayList<>();
        List<String> checks = new ArrayList<>();
        List<LedgerCheck.Verdict> verdicts = new ArrayList<>();
        List<StackMeter.Breakdown> breakdowns = new ArrayList<>();
        try {
            run(options, results, fleets, checks, verdicts, breakdowns);
        } finally {
            // whatever was measured is reported, also when a later phase failed
            String report = Report.render(options, results, breakdowns, fleets, checks);
            System.out.println();
            System.out.println(report);
            Files.createDirectories(options.dir());
            Files.writeString(options.dir().resolve("report.md"), report);
        }
        if (verdicts.stream().anyMatch(v -> !v.ok())) {
            throw new IllegalStateException("an activity was started more than once, or the ledger missed starts: "
                    + "see the FAILED lines of the report");
        }
    }

    private static void run(BenchOptions options, List<Result> results, List<FleetResult> fleets,
                            List<String> checks, List<LedgerCheck.Verdict> verdicts,
                            List<StackMeter.Breakdown> breakdowns) throws Exception {
        try (BenchStack stack = new BenchStack(options).startInfrastructure()) {
            say("infrastructure up; load " + CpuMeter.loadAverage());
            if (options.runs("db-scheduler")) {
                DbSchedulerBench dbScheduler = new DbSchedulerBench(stack.ownCpu());
                results.add(dbScheduler.run(stack.postgres(), options.n(), options.samples(), options.warmUp()));
                say(results.get(results.size() - 1).line());
                checks.add("- db-scheduler's " + dbScheduler.lastJit());
                say(checks.get(checks.size() - 1));
            }
            boolean platform = options.runs("server") || options.runs("no-op") || options.runs("client")
                    || options.runs("agents");
            if (platform) {
                stack.startServices("");
                LedgerCheck ledger = new LedgerCheck(stack.ledger());
                int serverStarts = options.warmup() + options.samples() + options.n();
                ApiClient api = new ApiClient(stack.url(BenchStack.API), stack.urls(BenchStack.API), stack.token())
                        .whenStuck(stack::dumpThreads);
                ServerActivityBench server = new ServerActivityBench(api, options.createConcurrency(),
                        options.createBatch(), options.batchConcurrency(), stack.ownCpu()).compiling(stack.compilers())
                        .metered(options.statements()
                        ? stack.meter().withStatements(new StatementStats(stack.postgres())) : stack.meter());
                if (options.runs("server")) {
                    results.add(server.run("platform, " + SERVER_TYPE + " (real handler)", SERVER_TYPE,
                            SERVER_PARAMETERS, options.n(), options.samples(), options.warmUp()));
                    say(results.get(results.size() - 1).line());
                    breakdown(server, breakdowns);
                    jit("server", server, checks);
                    check(ledger.after("server", serverStarts), checks, verdicts);
                }
                if (options.runs("no-op")) {
                    stack.restartJobHandler(SERVER_TYPE);
                    results.add(server.run("platform, " + SERVER_TYPE + " as benchmark no-op", SERVER_TYPE,
                            SERVER_PARAMETERS, options.n(), options.samples(), options.warmUp()));
                    say(results.get(results.size() - 1).line());
                    breakdown(server, breakdowns);
                    jit("no-op", server, checks);
                    check(ledger.after("no-op", serverStarts), checks, verdicts);
                }
                if (options.runs("client")) {
                    try (ClientActivityBench client = new ClientActivityBench(api, server)) {
                        client.startAgents(stack.url(BenchStack.MESSAGES), options.agents(),
                                Duration.ofMillis(options.pingMillis()), options.agentThreads());
                        say(options.agents() + " agents registered; load " + CpuMeter.loadAverage());
                        results.add(client.run(options.n(), options.samples()));
                        say(results.get(results.size() - 1).line());
                        breakdown(server, breakdowns);
                        String traffic = client.traffic();
                        checks.add("- " + traffic);
                        say(traffic);
                    }
                    // client activities run on the simulated agents, which write no ledger: this re-checks
                    // the job-handler starts of the run so far
                    check(ledger.after("client", 0), checks, verdicts);
                }
                if (options.runs("agents")) {
                    fleets.add(new FleetBench(stack.url(BenchStack.MESSAGES), options.fleet(),
                            new ProcessCpu(() -> stack.pids(BenchStack.MESSAGES)), stack.ownCpu()).run());
                    checks.add("- before the idle fleet's measurement: " + fleets.get(fleets.size() - 1).quiet());
                    say(fleets.get(fleets.size() - 1).line());
                }
                splitLines(stack, options.replicas()).forEach(line -> {
                    checks.add(line);
                    say(line);
                });
            }
        }
    }

    private static void breakdown(ServerActivityBench phase, List<StackMeter.Breakdown> breakdowns) {
        breakdowns.add(phase.lastBreakdown());
        say(phase.lastBreakdown().row());
    }

    private static void check(LedgerCheck.Verdict verdict, List<String> checks, List<LedgerCheck.Verdict> verdicts) {
        verdicts.add(verdict);
        checks.add(verdict.line());
        say(verdict.line());
    }

    private static List<String> splitLines(BenchStack stack, int replicas) {
        try {
            return PartitionSplit.describe(stack.kafkaBootstrapServers(), BenchStack.SERVICES, replicas, Duration.ofSeconds(60))
                    .stream().map(g -> g.line(replicas)).toList();
        } catch (Exception e) {
            return List.of("- partition split: could not describe the consumer groups: " + e);
        }
    }

    private static void jit(String phase, ServerActivityBench bench, List<String> checks) {
        checks.add("- " + phase + ": " + bench.lastJit());
        say(checks.get(checks.size() - 1));
    }

    private static void say(Object what) {
        System.out.println("[bench] " + what);
    }
}
