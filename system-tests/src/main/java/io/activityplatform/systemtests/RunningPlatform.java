package io.activityplatform.systemtests;

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
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole platform as separate processes: one Kafka, one PostgreSQL for activity-api and message-system,
 * a second PostgreSQL for job-handler (so one service's database can be stopped alone), and the three
 * packaged services. Each piece can be crashed, stopped and restarted for fault tests. The services verify
 * user tokens with a key pair created in the run's directory; {@link #token} mints them.
 */
public final class RunningPlatform implements AutoCloseable {

    public static final String API = "activity-api";
    public static final String MESSAGES = "message-system";
    public static final String JOBS = "job-handler";

    private final Path repo;
    private final Path dir;
    private final Map<String, Map<String, String>> settings;
    private final KafkaLauncher kafka;
    private final PostgresLauncher sharedDb;
    private final PostgresLauncher jobsDb;
    private final Map<String, Service> services = new LinkedHashMap<>();
    private final Map<String, ChildProcess> processes = new LinkedHashMap<>();
    private final SigningKeys keys;

    private RunningPlatform(Path repo, Path dir, Map<String, Map<String, String>> settings) {
        this.repo = repo;
        this.dir = dir;
        this.settings = settings;
        this.keys = SigningKeys.loadOrCreate(dir);
        this.kafka = new KafkaLauncher(dir.resolve("kafka")).logFile(dir.resolve("kafka.log"));
        this.sharedDb = new PostgresLauncher(dir.resolve("postgres"))
                .databases(List.of("activity_api", "message_system")).logFile(dir.resolve("postgres.log"));
        this.jobsDb = new PostgresLauncher(dir.resolve("postgres-jobs"))
                .databases(List.of("job_handler")).logFile(dir.resolve("postgres-jobs.log"));
        services.put(API, new Service(API, API, "activity_api", Ports.pickFree()));
        services.put(MESSAGES, new Service(MESSAGES, MESSAGES, "message_system", Ports.pickFree()));
        services.put(JOBS, new Service(JOBS, JOBS, "job_handler", Ports.pickFree()));
    }

    /**
     * Starts everything; {@code settings} are extra environment variables per service name (e.g. shorter
     * intervals for tests).
     */
    public static RunningPlatform start(Path repo, Path dir, Map<String, Map<String, String>> settings) {
        RunningPlatform platform = new RunningPlatform(repo, dir, settings);
        try {
            platform.kafka.start();
            platform.sharedDb.start();
            platform.jobsDb.start();
            for (String name : platform.services.keySet()) {
                platform.startService(name);
            }
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    /** A day-long user token with this role for these accounts, as an identity provider would issue it. */
    public String token(String role, String... accounts) {
        return TokenMinter.mint(TokenMinter.Claims.of("system-test", Set.of(role), Set.of(accounts),
                Duration.ofDays(1)), keys.privateKey());
    }

    public ServiceEndpoint endpoint(String service) {
        return ServiceEndpoint.of(service, services.get(service).url());
    }

    public List<ServiceEndpoint> endpoints() {
        return services.keySet().stream().map(this::endpoint).toList();
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** SIGKILL of the service's whole process tree, as a crash: no graceful shutdown. */
    public void crash(String service) {
        processes.remove(service).killHard();
    }

    public void startService(String service) {
        Service s = services.get(service);
        PostgresEndpoint db = service.equals(JOBS) ? jobsDb.endpoint() : sharedDb.endpoint();
        try {
            Map<String, String> env = new LinkedHashMap<>(settings.getOrDefault(service, Map.of()));
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", dir.resolve(SigningKeys.PUBLIC_FILE).toUri().toString());
            processes.put(service, ServiceLauncher.start(repo, s, kafka.bootstrapServers(), db, dir, env));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void stopService(String service) {
        ChildProcess process = processes.remove(service);
        if (process != null) {
            process.stop();
        }
    }

    public KafkaLauncher kafka() {
        return kafka;
    }

    /** The database server of job-handler alone. */
    public PostgresLauncher jobHandlerDatabase() {
        return jobsDb;
    }

    public PostgresLauncher sharedDatabase() {
        return sharedDb;
    }

    @Override
    public void close() {
        List<String> names = new ArrayList<>(processes.keySet());
        java.util.Collections.reverse(names);
        names.forEach(this::stopService);
        jobsDb.close();
        sharedDb.close();
        kafka.close();
    }
}
