package io.activityplatform.systemtests;

import static io.activityplatform.systemtests.RunningPlatform.API;
import static io.activityplatform.systemtests.RunningPlatform.JOBS;
import static io.activityplatform.systemtests.RunningPlatform.MESSAGES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.activityplatform.agent.sim.Behaviour;
import io.activityplatform.agent.sim.SimulatedExecutor;
import io.activityplatform.events.codec.LegalText;
import io.activityplatform.events.ledger.ExecutionLedger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three packaged services as separate processes against one Kafka and their own databases, driven by
 * simulated agents through a mixed workload of more than 1,000 activities, with faults: kill -9 of
 * job-handler and of message-system mid-run, a broker restart, job-handler's PostgreSQL stopped and
 * started, and finally job-handler's database wiped and rebuilt from offset 0. Every activity must reach
 * the predicted status, nothing may run twice (counted in the execution ledger that job-handler's handlers
 * and the simulated agents append to), and the three views must converge.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformScenarioTest {

    private static final String ACCOUNT = "system";
    private static final String KEY = "system-registration-key";
    private static final Duration SETTLE = Duration.ofMinutes(6);

    @TempDir
    static Path dir;
    static RunningPlatform platform;
    static SimulatedFleet fleet;
    static Workload workload;
    static ActivityApi api;
    static LagSampler lag;
    static long started;
    static List<String> active;
    static Path ledger;

    @BeforeAll
    static void startPlatform() throws Exception {
        started = System.nanoTime();
        ledger = dir.resolve("execution-ledger.tsv");
        Path repo = Path.of("").toAbsolutePath().getParent();
        platform = RunningPlatform.start(repo, dir, Map.of(
                MESSAGES, config("messages.accounts." + ACCOUNT + ".registration-key=" + KEY,
                        "messages.reactions.interval=1s", "messages.exchange.interval=1s"),
                JOBS, config("jobs.execution-ledger=" + ledger, "jobs.scan-interval=500ms", "jobs.heartbeat-interval=1s", "jobs.orphan-after=5s",
                        "jobs.archive.directory=" + dir.resolve("archives"), "jobs.sync-pocket.simulation-step=100ms"),
                API, config("activities.retries.scan-interval=1s")));
        Http.authorize(platform.token("admin", ACCOUNT));
        String messages = platform.endpoint(MESSAGES).baseUrl().toString();
        fleet = new SimulatedFleet(messages, Behaviour.parse(Workload.BEHAVIOUR), new ExecutionLedger(ledger));
        active = fleet.register(messages, ACCOUNT, KEY, "active", 16);
        List<String> idle = new SimulatedFleet(messages, Behaviour.parse(Workload.BEHAVIOUR), new ExecutionLedger(ledger))
                .register(messages, ACCOUNT, KEY, "idle", 2);
        fleet.start(300);
        api = new ActivityApi(platform.endpoint(API));
        workload = new Workload(api, active, idle);
        lag = LagSampler.start(platform);
    }

    /** Settings for one service, as a properties file named by QUARKUS_CONFIG_LOCATIONS. */
    private static Map<String, String> config(String... lines) {
        try {
            Path file = Files.createTempFile(dir, "settings", ".properties");
            Files.write(file, List.of(lines));
            return Map.of("QUARKUS_CONFIG_LOCATIONS", file.toUri().toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopPlatform() {
        if (lag != null) {
            lag.close();
        }
        if (workload != null) {
            workload.close();
        }
        if (fleet != null) {
            fleet.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void aMixedWorkloadWithCrashesBrokerAndDatabaseRestartsEndsAsPredicted() throws Exception {
        // Plain scripts; job-handler is killed -9 and restarted while they are created.
        List<UUID> scripts = new ArrayList<>(workload.expect("script", "SUCCEEDED", null,
                workload.create(200, workload::script)));
        platform.crash(JOBS);
        scripts.addAll(workload.expect("script", "SUCCEEDED", null, workload.create(200, i -> workload.script(i + 200))));
        platform.startService(JOBS);
        // Agent output and result text with NUL, controls and unpaired surrogates (issue 9): made legal.
        List<UUID> noisy = workload.expect("noisy output", "SUCCEEDED", null,
                workload.create(6, workload::noisyScript));

        List<UUID> failing = workload.expect("failing with a retry", "FAILED", null, workload.create(60,
                i -> workload.on(Workload.FAILS, i, Map.of("retry", Map.of("maxAttempts", 2, "backoff", "FIXED",
                        "initialDelaySeconds", 1)))));
        workload.expectSecondAttempts(failing);
        workload.expect("timeout", "FAILED", "TIMED_OUT",
                workload.create(60, i -> workload.on(Workload.HANGS, i, Map.of("timeoutSeconds", 3))));

        // message-system is killed -9 and restarted in the middle of deliveries.
        List<UUID> canceledEarly = workload.expect("cancel during delivery", "CANCELED", null,
                workload.create(60, i -> workload.on(Workload.HANGS, i, Map.of())));
        canceledEarly.forEach(id -> assertThat(api.cancelUntilFinal(id)).isIn(200, 202));
        platform.crash(MESSAGES);
        List<UUID> approval = workload.create(60, i -> workload.on(Workload.SUCCEEDS, i, Map.of("requireApproval", true,
                "parameters", Map.of("interpreter", "/bin/sh", "code", "echo approved"))));
        List<UUID> held = workload.expect("held then canceled", "CANCELED", null, workload.create(40, workload::onIdle));
        platform.startService(MESSAGES);
        workload.expect("scheduled", "SUCCEEDED", null, workload.create(60,
                i -> Workload.scheduled(workload.script(i), Instant.now().plusSeconds(8))));
        List<UUID> pockets = workload.expect("mirror sync", "SUCCEEDED", null, workload.create(5,
                i -> Workload.server("SyncPocketRequest", Map.of("distribution", "ubuntu", "series", "noble",
                        "pocket", "updates-" + i))));
        workload.expect("usg report", "SUCCEEDED", null,
                workload.create(40, i -> Workload.server("GenerateUsgReportActivity", Map.of())));
        workload.expect("archive", "SUCCEEDED", null,
                workload.create(20, i -> Workload.server("ArchiveRequest", Map.of("olderThanDays", 3650))));

        // Dependencies across kinds and services.
        workload.expect("waits for success", "SUCCEEDED", null, workload.create(60,
                i -> Workload.scriptWaitingFor(activeComputer(i), scripts.get(i), "SUCCEEDED", null)));
        workload.expect("waits for a failing one", "CANCELED", "DEPENDENCY_FAILED", workload.create(30,
                i -> Workload.scriptWaitingFor(activeComputer(i), failing.get(i), "SUCCEEDED", null)));
        workload.expect("waits for progress", "SUCCEEDED", null, workload.create(20,
                i -> Workload.scriptWaitingFor(activeComputer(i), pockets.get(i % 5), "PROGRESS", 50)));
        workload.expect("server waits for a client", "SUCCEEDED", null, workload.create(20,
                i -> Map.of("type", "GenerateUsgReportActivity", "parameters", Map.of(),
                        "waitFor", Map.of("activityId", scripts.get(300 + i), "until", "FINISHED"))));

        // The broker restarts; producers and consumers must recover by themselves.
        platform.kafka().restart();

        // job-handler's database goes away: it must report not-ready, then catch up.
        platform.jobHandlerDatabase().stop();
        await().atMost(Duration.ofSeconds(60)).until(() -> readyStatus(JOBS) != 200);
        platform.jobHandlerDatabase().start();
        await().atMost(Duration.ofSeconds(120)).until(() -> readyStatus(JOBS) == 200);

        // Cancels during execution: wait until the hanging activities run, then cancel them.
        List<UUID> running = workload.expect("cancel during execution", "CANCELED", null,
                workload.create(60, i -> workload.on(Workload.HANGS, i, Map.of())));
        await().atMost(SETTLE).until(() -> running.stream().allMatch(id -> "IN_PROGRESS".equals(api.status(id))));
        running.forEach(id -> assertThat(api.cancelUntilFinal(id)).isIn(200, 202));

        // Approvals and holds.
        for (int i = 0; i < approval.size(); i++) {
            boolean approve = i % 2 == 0;
            assertThat(api.command(approval.get(i), approve ? "approve" : "cancel")).isIn(200, 202);
            workload.expect(approve ? "approved" : "blocked then canceled", approve ? "SUCCEEDED" : "CANCELED",
                    null, List.of(approval.get(i)));
        }
        for (UUID id : held) {
            assertThat(api.command(id, "hold")).isIn(200, 202);
            await().atMost(Duration.ofSeconds(30)).until(() -> "BLOCKED".equals(api.status(id)));
            assertThat(api.cancelUntilFinal(id)).isIn(200, 202);
        }

        List<Expectation> expected = workload.expectations();
        assertThat(expected).hasSizeGreaterThanOrEqualTo(1000);
        // untilAsserted: a timeout names what is still wrong, not only that something is.
        await().atMost(SETTLE).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(mismatches(expected)).isEmpty());
        // Real executions, from the ledger the handlers and agents append to (issue 10 §6).
        List<ExecutionLedger.Entry> starts = ExecutionLedger.read(ledger);
        assertThat(StartedOnce.violations(starts, expected)).as("operations started twice, or never").isEmpty();
        noisy.forEach(PlatformScenarioTest::assertOutputMadeLegal);
    }

    /** The noisy script's output and result are visible, with U+FFFD where the illegal characters were. */
    private static void assertOutputMadeLegal(UUID id) {
        JsonNode output = api.output(id);
        assertThat(output).as("output of " + id).isNotNull();
        assertThat(output.path("output").asText())
                .contains(LegalText.sanitize(SimulatedExecutor.NOISY_OUTPUT)).contains("a\uFFFDb\uFFFD");
        assertThat(LegalText.isLegal(output.path("output").asText())).isTrue();
        assertThat(api.get(id).path("result").path("text").asText())
                .isEqualTo(LegalText.sanitize(SimulatedExecutor.NOISY_RESULT));
    }

    @Test
    @Order(2)
    void theThreeViewsConverge() {
        ConvergenceCheck.Report report = new ConvergenceCheck(platform.endpoints()).awaitConvergence(SETTLE);

        assertThat(report.differences()).as(report.toString()).isEmpty();
        assertThat(report.activities()).isGreaterThanOrEqualTo(1000);
    }

    @Test
    @Order(3)
    void theCheckerFindsADifferencePlantedInOneView() throws Exception {
        UUID victim = workload.expectations().get(0).id();
        try (Connection db = DriverManager.getConnection(platform.jobHandlerDatabase().jdbcUrl("job_handler"),
                "postgres", "postgres")) {
            db.createStatement().executeUpdate("update activity_view set state = jsonb_set(state, '{status}', "
                    + "'\"FAILED\"') where id = '" + victim + "'");
        }

        ConvergenceCheck.Report planted = new ConvergenceCheck(platform.endpoints()).check();

        assertThat(planted.differences()).extracting(ConvergenceCheck.Difference::activityId)
                .containsExactly(victim.toString());
        assertThat(Http.post(platform.endpoint(JOBS).resolve("/admin/projection/rebuild"), null).status()).isEqualTo(200);
        assertThat(new ConvergenceCheck(platform.endpoints()).awaitConvergence(SETTLE).converged()).isTrue();
    }

    @Test
    @Order(4)
    void aWipedDatabaseIsRebuiltFromOffsetZeroAndConverges() throws Exception {
        platform.stopService(JOBS);
        platform.jobHandlerDatabase().stop();
        deleteTree(platform.jobHandlerDatabase().dataDir());
        platform.jobHandlerDatabase().start();
        platform.startService(JOBS);

        ConvergenceCheck.Report report = new ConvergenceCheck(platform.endpoints()).awaitConvergence(SETTLE);

        assertThat(report.differences()).as(report.toString()).isEmpty();
        printSummary(report);
    }

    private static String activeComputer(int i) {
        return active.get(i % active.size());
    }

    private static int readyStatus(String service) {
        try {
            return Http.get(platform.endpoint(service).resolve("/q/health/ready")).status();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** What differs from the predictions, read from activity-api's view. */
    private static List<String> mismatches(List<Expectation> expected) {
        Map<String, JsonNode> view = views(platform.endpoint(API));
        List<String> wrong = new ArrayList<>();
        for (Expectation e : expected) {
            String mismatch = e.mismatch(view.get(e.id().toString()));
            if (mismatch != null) {
                wrong.add(mismatch);
            }
        }
        return wrong.size() > 20 ? wrong.subList(0, 20) : wrong;
    }

    static Map<String, JsonNode> views(ServiceEndpoint service) {
        Map<String, JsonNode> all = new HashMap<>();
        ConvergenceCheck.readAll(service).forEach(state -> all.put(state.path("id").asText(), state));
        return all;
    }

    private static void printSummary(ConvergenceCheck.Report report) {
        List<ExecutionLedger.Entry> starts = ExecutionLedger.read(ledger);
        long events = 0;
        for (ServiceEndpoint s : platform.endpoints()) {
            JsonNode status = Http.get(s.resolve("/admin/projection")).body();
            events = Math.max(events, status.path("stats").path("events").asLong());
        }
        System.out.printf("%nSYSTEM TEST SUMMARY: %d activities (%d predicted), %d events folded per service, "
                + "wall time %.0f s, max projection lag observed %d records, %d agent exchanges (%d failed during "
                + "faults), %d client operations and %d server activities run, none twice%n%n", report.activities(),
                workload.expectations().size(), events, (System.nanoTime() - started) / 1e9, lag.max(),
                fleet.exchanges(), fleet.failedExchanges(),
                StartedOnce.operations(starts, SimulatedExecutor.LEDGER_EXECUTOR), StartedOnce.operations(starts, "job-handler"));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
