package io.activityplatform.bench;

import io.activityplatform.local.ChildProcess;
import io.activityplatform.local.KafkaLauncher;
import io.activityplatform.local.PostgresEndpoint;
import io.activityplatform.local.PostgresLauncher;
import io.activityplatform.local.Ports;
import io.activityplatform.local.ServiceLauncher;
import io.activityplatform.local.ServiceLauncher.Service;
import io.activityplatform.local.SigningKeys;
import io.activityplatform.local.TokenMinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One PostgreSQL server (every database: the three services' and db-scheduler's) with the run's durability
 * settings, one Kafka, and the three packaged services as processes, started only when the platform's phases
 * begin (db-scheduler runs first, alone with the idle database server).
 */
public final class BenchStack implements AutoCloseable {

    public static final String ACCOUNT = "bench";
    public static final String REGISTRATION_KEY = "bench-registration-key";
    public static final String API = "activity-api";
    public static final String MESSAGES = "message-system";
    public static final String JOBS = "job-handler";

    private final BenchOptions options;
    private final KafkaLauncher kafka;
    private final PostgresLauncher postgres;
    private final SigningKeys keys;
    private final Map<String, Service> services = new LinkedHashMap<>();
    private final Map<String, ChildProcess> running = new LinkedHashMap<>();

    public BenchStack(BenchOptions options) throws IOException {
        this.options = options;
        Files.createDirectories(options.dir());
        this.keys = SigningKeys.loadOrCreate(options.dir());
        this.kafka = new KafkaLauncher(options.dir().resolve("kafka")).logFile(options.dir().resolve("kafka.log"));
        this.postgres = new PostgresLauncher(options.dir().resolve("postgres"))
                .databases(List.of("activity_api", "message_system", "job_handler", DbSchedulerBench.DATABASE))
                .serverSettings(options.postgresSettings()).logFile(options.dir().resolve("postgres.log"));
        services.put(API, new Service(API, API, "activity_api", Ports.pickFree()));
        services.put(MESSAGES, new Service(MESSAGES, MESSAGES, "message_system", Ports.pickFree()));
        services.put(JOBS, new Service(JOBS, JOBS, "job_handler", Ports.pickFree()));
    }

    public BenchStack startInfrastructure() {
        kafka.start();
        postgres.start();
        return this;
    }

    /** CPU of this JVM's process tree (Kafka, the services) and of the detached postmaster's. */
    public ProcessCpu ownCpu() {
        return new ProcessCpu(() -> {
            List<Long> roots = new ArrayList<>(List.of(ProcessHandle.current().pid()));
            postgres.postmasterPid().ifPresent(roots::add);
            return roots;
        });
    }

    public PostgresEndpoint postgres() {
        return postgres.endpoint();
    }

    /** Starts the services; {@code noOpTypes} are the server types job-handler runs as benchmark no-ops. */
    public void startServices(String noOpTypes) throws IOException {
        for (String name : services.keySet()) {
            startService(name, noOpTypes);
        }
    }

    /** Restarts job-handler alone, e.g. to switch between the real and the no-op handler. */
    public void restartJobHandler(String noOpTypes) throws IOException {
        running.remove(JOBS).stop();
        startService(JOBS, noOpTypes);
    }

    private void startService(String name, String noOpTypes) throws IOException {
        Path settings = options.dir().resolve(name + ".properties");
        Files.write(settings, settings(name, noOpTypes));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_CONFIG_LOCATIONS", settings.toUri().toString());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", options.dir().resolve(SigningKeys.PUBLIC_FILE).toUri().toString());
        env.put("QUARKUS_LOG_LEVEL", "WARN");
        running.put(name, ServiceLauncher.start(options.repo(), services.get(name), kafka.bootstrapServers(),
                postgres.endpoint(), options.dir(), env));
    }

    private List<String> settings(String name, String noOpTypes) {
        List<String> lines = new ArrayList<>();
        switch (name) {
            case MESSAGES -> {
                lines.add("messages.accounts." + ACCOUNT + ".registration-key=" + REGISTRATION_KEY);
                lines.add("messages.exchange.interval=1s");
                // a thousand agents register from this one address within seconds
                lines.add("messages.registration-limit.per-address=1000000");
                lines.add("messages.registration-limit.per-account=1000000");
            }
            case JOBS -> {
                lines.add("jobs.data-directory=" + options.dir().resolve("job-handler"));
                // as many handlers at once as db-scheduler has threads
                lines.add("jobs.concurrency=" + options.jobConcurrency());
                if (!noOpTypes.isBlank()) {
                    lines.add("benchmark.no-op-types=" + noOpTypes);
                }
            }
            default -> { }
        }
        return lines;
    }

    public String url(String service) {
        return services.get(service).url();
    }

    /** An admin token for the benchmark's account, valid a day. */
    public String token() {
        return TokenMinter.mint(TokenMinter.Claims.of("benchmark", Set.of("admin"), Set.of(ACCOUNT),
                Duration.ofDays(1)), keys.privateKey());
    }

    @Override
    public void close() {
        List<String> names = new ArrayList<>(running.keySet());
        java.util.Collections.reverse(names);
        for (String name : names) {
            running.remove(name).stop();
        }
        postgres.close();
        kafka.close();
    }
}
