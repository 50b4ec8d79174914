package io.activityplatform.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Runs {@link PostgresServerMain} in a child JVM. One launcher is one server identity: data directory and port
 * are fixed at construction, so {@link #restart()} brings the same server back with the same data.
 */
public final class PostgresLauncher implements AutoCloseable {

    public static final List<String> DEFAULT_DATABASES = List.of("activity_api", "message_system", "job_handler");

    private final Path dataDir;
    private final int port;
    private List<String> databases = DEFAULT_DATABASES;
    private java.util.Map<String, String> serverSettings = java.util.Map.of();
    private Path logFile;
    private ChildProcess child;
    private Duration lastStartup = Duration.ZERO;

    /** Server on a free port, data under {@code dataDir}. */
    public PostgresLauncher(Path dataDir) {
        this(dataDir, 0);
    }

    /** Server on {@code port} (0 = pick a free one), data under {@code dataDir}. */
    public PostgresLauncher(Path dataDir, int port) {
        this.dataDir = dataDir.toAbsolutePath();
        this.port = port == 0 ? Ports.pickFree() : port;
        this.logFile = this.dataDir.resolveSibling(this.dataDir.getFileName() + ".log");
    }

    /** Databases created at start when missing. */
    public PostgresLauncher databases(List<String> databases) {
        this.databases = List.copyOf(databases);
        return this;
    }

    /**
     * PostgreSQL server settings passed at start ({@code name=value}, e.g. {@code fsync=on}), over zonky's
     * defaults (which include {@code synchronous_commit=off}). The benchmark uses it to state durability.
     */
    public PostgresLauncher serverSettings(java.util.Map<String, String> settings) {
        settings.forEach((name, value) -> {
            if (!PostgresServerMain.SETTING.matcher(name + "=" + value).matches()) {
                throw new IllegalArgumentException("Unsupported PostgreSQL setting: " + name + "=" + value);
            }
        });
        this.serverSettings = java.util.Map.copyOf(settings);
        return this;
    }

    public PostgresLauncher logFile(Path logFile) {
        this.logFile = logFile;
        return this;
    }

    /** Starts the server (no-op when running); initdb only on a new data directory. */
    public synchronized PostgresLauncher start() {
        if (isRunning()) {
            return this;
        }
        // -UsePerfData: no hsperfdata_nobody directory from the user namespace in /tmp.
        List<String> jvm = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData",
                "-Dorg.slf4j.simpleLogger.showDateTime=true");
        List<String> args = new java.util.ArrayList<>(List.of("--data=" + dataDir, "--port=" + port,
                "--databases=" + String.join(",", databases)));
        if (!serverSettings.isEmpty()) {
            args.add("--settings=" + serverSettings.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .sorted().collect(java.util.stream.Collectors.joining(",")));
        }
        long begin = System.nanoTime();
        try {
            child = ChildProcess.start(new ChildSpec("postgres", JavaCommand.forMain(PostgresServerMain.class, jvm, args),
                    logFile).unshareUser(runningAsRoot()).readyTimeout(Duration.ofSeconds(90))
                    .stopTimeout(Duration.ofSeconds(30)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lastStartup = Duration.ofNanos(System.nanoTime() - begin);
        return this;
    }

    /** initdb/postgres refuse uid 0; in a user namespace without mappings we appear as "nobody" instead. */
    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Stops PostgreSQL cleanly (fast shutdown, checkpoint); no-op when not running. */
    public synchronized void stop() {
        if (child != null) {
            child.stop();
            child = null;
        }
    }

    /** Stop and start again: same port, same data directory. */
    public synchronized PostgresLauncher restart() {
        stop();
        return start();
    }

    public synchronized boolean isRunning() {
        return child != null && child.isAlive();
    }

    /** Host, port and credentials; stable across restarts. */
    public PostgresEndpoint endpoint() {
        return new PostgresEndpoint("localhost", port, PostgresServerMain.USER, PostgresServerMain.PASSWORD);
    }

    public String jdbcUrl(String database) {
        return endpoint().jdbcUrl(database);
    }

    public String reactiveUrl(String database) {
        return endpoint().reactiveUrl(database);
    }

    public String username() {
        return PostgresServerMain.USER;
    }

    public String password() {
        return PostgresServerMain.PASSWORD;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path logFile() {
        return logFile;
    }

    /** Creates a database on the running server if it does not exist (uses a short-lived helper JVM). */
    public void createDatabase(String database) {
        InfraTool.createDatabases(endpoint(), List.of(database));
    }

    /** The server's child JVM while running (the postmaster itself is a separate, detached process). */
    public synchronized Optional<ProcessHandle> process() {
        return Optional.ofNullable(child).map(ChildProcess::handle);
    }

    /** Process id of the postmaster while running, read from the READY line. */
    public synchronized Optional<Long> postmasterPid() {
        return Optional.ofNullable(child).map(c -> c.readyInfo().get(ChildProcess.OWNED_PIDS))
                .filter(s -> !s.isBlank()).map(Long::parseLong);
    }

    /** Wall time of the last {@link #start()}, from spawning the JVM to databases ready. */
    public Duration lastStartup() {
        return lastStartup;
    }

    @Override
    public void close() {
        stop();
    }
}
