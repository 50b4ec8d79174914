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
 * (job-handler restarted with {@code benchmark.no-op-types}), and client activities on simulated agents.
 * Prints a Markdown table and the ratios, and writes them to {@code <bench.dir>/report.md}.
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
        try {
            run(options, results);
        } finally {
            // whatever was measured is reported, also when a later phase failed
            String report = Report.render(options, results);
            System.out.println();
            System.out.println(report);
            Files.createDirectories(options.dir());
            Files.writeString(options.dir().resolve("report.md"), report);
        }
    }

    private static void run(BenchOptions options, List<Result> results) throws Exception {
        try (BenchStack stack = new BenchStack(options).startInfrastructure()) {
            say("infrastructure up; load " + CpuMeter.loadAverage());
            if (options.runs("db-scheduler")) {
                results.add(new DbSchedulerBench(stack.ownCpu()).run(stack.postgres(), options.n(), options.samples(), options.warmup()));
                say(results.get(results.size() - 1).line());
            }
            boolean platform = options.runs("server") || options.runs("no-op") || options.runs("client");
            if (platform) {
                stack.startServices("");
                ApiClient api = new ApiClient(stack.url(BenchStack.API), stack.token());
                ServerActivityBench server = new ServerActivityBench(api, options.createConcurrency(), stack.ownCpu());
                if (options.runs("server")) {
                    results.add(server.run("platform, " + SERVER_TYPE + " (real handler)", SERVER_TYPE,
                            SERVER_PARAMETERS, options.n(), options.samples(), options.warmup()));
                    say(results.get(results.size() - 1).line());
                }
                if (options.runs("no-op")) {
                    stack.restartJobHandler(SERVER_TYPE);
                    results.add(server.run("platform, " + SERVER_TYPE + " as benchmark no-op", SERVER_TYPE,
                            SERVER_PARAMETERS, options.n(), options.samples(), options.warmup()));
                    say(results.get(results.size() - 1).line());
                }
                if (options.runs("client")) {
                    try (ClientActivityBench client = new ClientActivityBench(api, server)) {
                        client.startAgents(stack.url(BenchStack.MESSAGES), options.agents(),
                                Duration.ofMillis(options.exchangeMillis()));
                        say(options.agents() + " agents registered; load " + CpuMeter.loadAverage());
                        results.add(client.run(options.n(), options.samples()));
                        say(results.get(results.size() - 1).line());
                    }
                }
            }
        }
    }

    private static void say(Object what) {
        System.out.println("[bench] " + what);
    }
}
