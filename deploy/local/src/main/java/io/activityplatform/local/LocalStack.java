package io.activityplatform.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The whole platform on one machine without Docker: Kafka, PostgreSQL and each packaged service as child
 * processes. Run from the repository root:
 * {@code java -cp deploy/local/target/classes io.activityplatform.local.LocalStack [--wipe] ...}
 * (see {@link LocalStackOptions#USAGE}). The main thread then just waits: Ctrl-C runs the JVM shutdown hook,
 * which stops the children newest first (services, PostgreSQL, Kafka). The children run in their own session,
 * so the terminal's Ctrl-C reaches only this JVM; if it is killed hard they still exit, on stdin EOF.
 */
public final class LocalStack {

    private LocalStack() {
    }

    public static void main(String[] argv) throws InterruptedException {
        LocalStackOptions options;
        try {
            options = LocalStackOptions.parse(argv, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + LocalStackOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(LocalStackOptions.USAGE);
            return;
        }
        ChildRegistry.announceStops(true);
        List<ServiceLauncher.Service> started;
        try {
            started = start(options);
        } catch (RuntimeException | java.io.IOException e) {
            System.err.println("Local stack failed to start: " + e.getMessage());
            System.exit(1); // the shutdown hook stops whatever did start
            return;
        }
        ReadinessGate.watch(started, Duration.ofSeconds(60), Duration.ofSeconds(5), System.out);
        Thread.currentThread().join(); // forever; the shutdown hook does the stopping
    }

    private static List<ServiceLauncher.Service> start(LocalStackOptions o) throws java.io.IOException {
        if (o.wipe()) {
            System.out.println("Deleting " + o.dataDir());
            DeleteTree.delete(o.dataDir());
        }
        Files.createDirectories(o.dataDir());
        System.out.println("Starting Kafka and PostgreSQL (data and logs in " + o.dataDir() + ") ...");
        LocalInfra infra = LocalInfra.builder(o.dataDir()).partitions(o.partitions()).externalKafka(o.kafka())
                .externalPostgres(o.postgres()).kafkaPort(o.kafkaPort()).postgresPort(o.postgresPort())
                .longRunning().start();
        System.out.println("  Kafka:      " + infra.bootstrapServers());
        System.out.println("  PostgreSQL: " + infra.postgres().jdbcUrl("<database>") + " user "
                + infra.postgres().username());
        List<ServiceLauncher.Service> services = List.of(
                new ServiceLauncher.Service("activity-api", "activity-api", "activity_api", o.basePort()),
                new ServiceLauncher.Service("message-system", "message-system", "message_system", o.basePort() + 1),
                new ServiceLauncher.Service("job-handler", "job-handler", "job_handler", o.basePort() + 2));
        SigningKeys.loadOrCreate(o.dataDir());
        Path publicKey = o.dataDir().resolve(SigningKeys.PUBLIC_FILE).toAbsolutePath();
        Path settings = o.dataDir().resolve("message-system.properties");
        List<String> messageSettings = new ArrayList<>(LocalAgent.messageSystemSettings());
        // The web console (served by activity-api) reads computers' last exchange from message-system.
        messageSettings.add("quarkus.http.cors.enabled=true");
        messageSettings.add("quarkus.http.cors.origins=" + services.get(0).url());
        Files.write(settings, messageSettings);
        boolean messagesUp = false;
        List<ServiceLauncher.Service> started = new java.util.ArrayList<>();
        for (ServiceLauncher.Service service : services) {
            if (!Files.exists(service.jar(o.repo()))) {
                System.out.println("  " + service.name() + ": skipped, not packaged (" + service.jar(o.repo()) + ")");
                continue;
            }
            System.out.println("Starting " + service.name() + " ...");
            try {
                ServiceLauncher.start(o.repo(), service, infra.bootstrapServers(), infra.postgres(), o.dataDir(),
                        env(service, settings, o.dataDir(), publicKey, services.get(1).url()));
            } catch (java.io.IOException e) {
                // say which readiness check kept it from being ready, not only that it was not
                throw new java.io.IOException(e.getMessage() + "\n" + Readiness.of(service.name(), service.url())
                        .describe(), e);
            }
            started.add(service);
            messagesUp |= service.name().equals("message-system");
            System.out.println("  " + service.name() + ": " + service.url() + "  (Swagger UI " + service.url()
                    + "/q/swagger-ui, log " + o.dataDir().resolve(service.name() + ".log") + ")");
        }
        if (messagesUp) {
            System.out.println("Starting the local agent ...");
            LocalAgent.start(o.repo(), o.dataDir(), services.get(1).url())
                    .ifPresent(computer -> printExample(services.get(0).url(), computer, o.dataDir()));
        }
        return started;
    }

    /**
     * Per-service settings: message-system reads the local accounts file; job-handler keeps its files (archives)
     * under the stack's data directory, never in the directory the stack was started from.
     */
    static Map<String, String> env(ServiceLauncher.Service service, Path settings, Path dataDir, Path publicKey,
            String messageSystemUrl) {
        Map<String, String> env = new java.util.HashMap<>();
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toUri().toString());
        switch (service.name()) {
            case "message-system" -> env.put("QUARKUS_CONFIG_LOCATIONS", settings.toUri().toString());
            case "activity-api" -> env.put("CONSOLE_MESSAGE_SYSTEM_URL", messageSystemUrl);
            case "job-handler" -> env.put("JOBS_DATA_DIRECTORY", dataDir.resolve("job-handler").toAbsolutePath()
                    .normalize().toString());
            default -> { }
        }
        return env;
    }

    private static void printExample(String api, String computer, Path dataDir) {
        System.out.println("  agent: computer " + computer + " in account '" + LocalAgent.ACCOUNT
                + "' (log " + dataDir.resolve("agent.log") + ")");
        System.out.println();
        System.out.println("Every call needs a user token. An operator token for account '" + LocalAgent.ACCOUNT
                + "' (valid a year):");
        System.out.println("  export TOKEN=" + LocalTokens.operatorToken(dataDir));
        System.out.println("Mint others (roles viewer, operator, admin; --help for all options):");
        System.out.println("  " + LocalTokens.mintCommand(dataDir, "--role admin --account " + LocalAgent.ACCOUNT));
        System.out.println();
        System.out.println("Try it. In one terminal, watch the local computer's activities live:");
        System.out.println("  curl -N -H \"Authorization: Bearer $TOKEN\" '" + api + "/activities/stream?computer="
                + computer + "'");
        System.out.println("In another, run a script on it:");
        System.out.println("  curl -s -X POST " + api + "/activities -H \"Authorization: Bearer $TOKEN\""
                + " -H 'Content-Type: application/json' -d '"
                + "{\"type\":\"ExecuteScriptRequest\",\"computerId\":\"" + computer + "\",\"parameters\":"
                + "{\"interpreter\":\"/bin/sh\",\"code\":\"echo hello from $(hostname); uname -sr\"}}'");
        System.out.println("The stream shows it QUEUED, IN_PROGRESS, then SUCCEEDED; its output: "
                + api + "/activities/<id>/output");
        // A fragment is never sent to the server: the console reads the token from it and forgets the link.
        System.out.println("Or watch it in the web console (this link signs in): " + api + "/console/#token="
                + LocalTokens.operatorToken(dataDir));
        System.out.println();
    }
}
