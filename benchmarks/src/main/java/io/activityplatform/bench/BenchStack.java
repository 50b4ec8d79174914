package io.activityplatform.bench;

import io.activityplatform.local.ChildProcess;
import io.activityplatform.local.DeleteTree;
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
import java.util.function.Supplier;

/**
 * One PostgreSQL server (every database: the three services' and db-scheduler's) with the run's durability
 * settings, one Kafka, and the three packaged services as processes, started only when the platform's phases
 * begin (db-scheduler runs first, alone with the idle database server). With {@code bench.replicas} R > 1 each
 * service runs R times: same jar, same database, its own port and log ({@code job-handler-2.log}); the replicas
 * of a service split the partitions through their consumer group (the service name). Every job-handler replica
 * appends to one execution ledger ({@link #LEDGER_FILE}), so the run can prove nothing started twice.
 */
public final class BenchStack implements AutoCloseable {

    public static final String ACCOUNT = "bench";
    public static final String REGISTRATION_KEY = "bench-registration-key";
    public static final String API = "activity-api";
    public static final String MESSAGES = "message-system";
    public static final String JOBS = "job-handler";
    /** The three services in the report's order; each one's consumer group is its name (ConsumerSettings). */
    public static final List<String> SERVICES = List.of(API, MESSAGES, JOBS);
    public static final String LEDGER_FILE = "execution-ledger.tsv";

    private final BenchOptions options;
    private final KafkaLauncher kafka;
    private final PostgresLauncher postgres;
    private final SigningKeys keys;
    /** Per service (its base name), its replicas in order; replica 1 has the base name. */
    private final Map<String, List<Service>> services = new LinkedHashMap<>();
    private final Map<String, ChildProcess> running = new LinkedHashMap<>();

    public BenchStack(BenchOptions options) throws IOException {
        this.options = options;
        // every run starts from empty logs and databases: a view grown by earlier runs (millions of rows, indexes
        // far beyond shared_buffers) made the same build measure 3x slower, and db-scheduler starts empty too
        DeleteTree.delete(options.dir().resolve("postgres"));
        DeleteTree.delete(options.dir().resolve("kafka"));
        Files.createDirectories(options.dir());
        this.keys = SigningKeys.loadOrCreate(options.dir());
        this.kafka = new KafkaLauncher(options.dir().resolve("kafka")).fullCompiler()
                .logFile(options.dir().resolve("kafka.log"));
        this.postgres = new PostgresLauncher(options.dir().resolve("postgres"))
                .databases(List.of("activity_api", "message_system", "job_handler", DbSchedulerBench.DATABASE))
                .serverSettings(options.postgresSettings()).logFile(options.dir().resolve("postgres.log"));
        // a ledger of an earlier run in the same directory would count its starts again
        Files.deleteIfExists(ledger());
        services.put(API, replicas(API, "activity_api", options.replicas()));
        services.put(MESSAGES, replicas(MESSAGES, "message_system", options.replicas()));
        services.put(JOBS, replicas(JOBS, "job_handler", options.replicas()));
    }

    /** Replica 1 is named after the service (the one-replica run's names); replica k > 1 is {@code name-k}. */
    static List<Service> replicas(String service, String database, int count) {
        List<Service> replicas = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            replicas.add(new Service(k == 1 ? service : service + "-" + k, service, database, Ports.pickFree()));
        }
        return List.copyOf(replicas);
    }

    /** The execution ledger every job-handler replica appends to. */
    public Path ledger() {
        return options.dir().resolve(LEDGER_FILE);
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
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

    /**
     * Per-part CPU and each service's projection counters (read with the admin token), for phase breakdowns;
     * with {@code bench.profile}, flight recordings of each phase.
     */
    public StackMeter meter() {
        Map<String, ProcessCpu> parts = new LinkedHashMap<>();
        for (String service : SERVICES) {
            parts.put(service, new ProcessCpu(() -> pids(service)));
        }
        parts.put("PostgreSQL", new ProcessCpu(() -> postgres.postmasterPid().stream().toList()));
        parts.put("Kafka", new ProcessCpu(() -> kafka.process().stream().map(ProcessHandle::pid).toList()));
        Map<String, List<ApiClient>> admins = new LinkedHashMap<>();
        String token = token();
        for (String service : SERVICES) {
            admins.put(service, urls(service).stream().map(url -> new ApiClient(url, token)).toList());
        }
        StackMeter meter = new StackMeter(parts, ownCpu(), admins);
        if (options.profile()) {
            Map<String, Supplier<List<Long>>> roots = new LinkedHashMap<>();
            SERVICES.forEach(service -> roots.put(service, () -> pids(service)));
            meter.withRecordings(new FlightRecordings(options.dir(), roots));
        }
        return meter;
    }

    /** The JIT compilers of the platform's JVMs: every service replica and the broker. */
    public CompilerCpu compilers() {
        return new CompilerCpu(() -> {
            List<Long> jvms = new ArrayList<>();
            SERVICES.forEach(service -> jvms.addAll(pids(service)));
            kafka.process().ifPresent(broker -> jvms.add(broker.pid()));
            return jvms;
        });
    }

    public PostgresEndpoint postgres() {
        return postgres.endpoint();
    }

    /** Starts the services; {@code noOpTypes} are the server types job-handler runs as benchmark no-ops. */
    public void startServices(String noOpTypes) throws IOException {
        for (List<Service> replicas : services.values()) {
            for (Service replica : replicas) {
                startService(replica, noOpTypes);
            }
        }
    }

    /** Restarts every job-handler replica, e.g. to switch between the real and the no-op handler. */
    public void restartJobHandler(String noOpTypes) throws IOException {
        for (Service replica : services.get(JOBS)) {
            running.remove(replica.name()).stop();
        }
        for (Service replica : services.get(JOBS)) {
            startService(replica, noOpTypes);
        }
    }

    private void startService(Service replica, String noOpTypes) throws IOException {
        Path settings = options.dir().resolve(replica.name() + ".properties");
        Files.write(settings, settings(replica, noOpTypes));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_CONFIG_LOCATIONS", settings.toUri().toString());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", options.dir().resolve(SigningKeys.PUBLIC_FILE).toUri().toString());
        env.put("QUARKUS_LOG_LEVEL", "WARN");
        running.put(replica.name(), ServiceLauncher.start(options.repo(), replica, kafka.bootstrapServers(),
                postgres.endpoint(), options.dir(), env));
    }

    private List<String> settings(Service replica, String noOpTypes) {
        List<String> lines = new ArrayList<>();
        switch (replica.directory()) {
            case MESSAGES -> {
                lines.add("messages.accounts." + ACCOUNT + ".registration-key=" + REGISTRATION_KEY);
                // the longest pace of the run's simulated agents, which cap it each at their own pace
                lines.add("messages.exchange.interval=" + options.agentIntervalSeconds() + "s");
                // a thousand agents register from this one address within seconds
                lines.add("messages.registration-limit.per-address=1000000");
                lines.add("messages.registration-limit.per-account=1000000");
            }
            case JOBS -> {
                lines.add("jobs.data-directory=" + options.dir().resolve(replica.name()));
                lines.add("jobs.execution-ledger=" + ledger());
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

    /** The running processes of a service's replicas (to meter their CPU). */
    public List<Long> pids(String service) {
        return services.get(service).stream().map(s -> running.get(s.name())).filter(java.util.Objects::nonNull)
                .map(p -> p.handle().pid()).toList();
    }

    /** Thread dumps of every service replica, into the run's directory (evidence when a run is stuck). */
    public void dumpThreads() {
        List<Long> roots = running.values().stream().map(p -> p.handle().pid()).toList();
        List<Path> files = ThreadDumps.write(options.dir(), roots);
        System.out.println("[bench] thread dumps: " + files);
    }

    /** Replica 1's URL: every create and agent registration goes there. */
    public String url(String service) {
        return services.get(service).get(0).url();
    }

    /** Every replica's URL, replica 1 first. */
    public List<String> urls(String service) {
        return services.get(service).stream().map(Service::url).toList();
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
