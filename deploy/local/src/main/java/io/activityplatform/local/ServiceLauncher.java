package io.activityplatform.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts a packaged Quarkus service ({@code target/quarkus-app/quarkus-run.jar}) as a child process wired to the
 * given Kafka and database, ready when {@code GET /q/health/ready} answers 200.
 */
public final class ServiceLauncher {

    /**
     * The service cannot watch its stdin itself, so a tiny shell does: it runs the service in the background,
     * waits for EOF on the pipe (saved as fd 3, because background jobs get /dev/null as stdin) and then sends
     * SIGTERM, which Quarkus answers with a graceful shutdown. The shell exits when the service does.
     */
    static final String WATCHDOG = """
            exec 3<&0
            "$@" </dev/null &
            child=$!
            ( cat <&3 >/dev/null; kill -TERM "$child" 2>/dev/null ) &
            trap 'kill -TERM "$child" 2>/dev/null' TERM INT
            wait "$child"; rc=$?
            while kill -0 "$child" 2>/dev/null; do wait "$child"; rc=$?; done
            exit $rc
            """;

    /** A packaged service: its name, module directory, database and HTTP port. */
    public record Service(String name, String directory, String database, int port) {

        public Path jar(Path repo) {
            return repo.resolve(directory).resolve("target/quarkus-app/quarkus-run.jar");
        }

        public String url() {
            return "http://localhost:" + port;
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ServiceLauncher() {
    }

    public static ChildProcess start(Path repo, Service service, String bootstrapServers, PostgresEndpoint postgres,
                              Path logDir) throws IOException {
        return start(repo, service, bootstrapServers, postgres, logDir, Map.of());
    }

    /** As {@link #start(Path, Service, String, PostgresEndpoint, Path)}, with extra environment (config overrides). */
    public static ChildProcess start(Path repo, Service service, String bootstrapServers, PostgresEndpoint postgres,
                              Path logDir, Map<String, String> extraEnv) throws IOException {
        List<String> command = new ArrayList<>(List.of("sh", "-c", WATCHDOG, "sh"));
        command.addAll(List.of(JavaCommand.javaBinary().toString(), "-Xmx256m", "-XX:+UseSerialGC",
                "-jar", service.jar(repo).toString()));
        ChildSpec spec = new ChildSpec(service.name(), command, logDir.resolve(service.name() + ".log"))
                .env("QUARKUS_HTTP_PORT", String.valueOf(service.port()))
                .env("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers)
                .env("QUARKUS_DATASOURCE_REACTIVE_URL", postgres.reactiveUrl(service.database()))
                .env("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service.database()))
                .env("QUARKUS_DATASOURCE_USERNAME", postgres.username())
                .env("QUARKUS_DATASOURCE_PASSWORD", postgres.password())
                .readyTimeout(Duration.ofSeconds(120))
                .stopTimeout(Duration.ofSeconds(30))
                .readinessProbe(() -> healthReady(service));
        extraEnv.forEach(spec::env);
        return ChildProcess.start(spec);
    }

    private static Optional<Map<String, String>> healthReady(Service service) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(service.url() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200 ? Optional.of(Map.of("url", service.url())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
