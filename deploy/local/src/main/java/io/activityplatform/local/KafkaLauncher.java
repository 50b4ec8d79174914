package io.activityplatform.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs {@link KafkaServerMain} in a child JVM. One launcher is one broker identity: the data directory and the
 * ports are fixed at construction, so {@link #stop()} then {@link #start()} (or {@link #restart()}) brings the
 * same broker back on the same address with the same records.
 */
public final class KafkaLauncher implements AutoCloseable {

    public static final List<String> DEFAULT_TOPICS = List.of("activity-events", "computer-events");
    public static final int DEFAULT_PARTITIONS = 12;

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private List<String> topics = DEFAULT_TOPICS;
    private int partitions = DEFAULT_PARTITIONS;
    private Path logFile;
    private boolean fullCompiler;
    private ChildProcess child;
    private Duration lastStartup = Duration.ZERO;

    /** Broker on a free port, data under {@code dataDir}. */
    public KafkaLauncher(Path dataDir) {
        this(dataDir, 0);
    }

    /** Broker on {@code port} (0 = pick a free one), data under {@code dataDir}. */
    public KafkaLauncher(Path dataDir, int port) {
        this.dataDir = dataDir.toAbsolutePath();
        this.port = port == 0 ? Ports.pickFree() : port;
        this.controllerPort = Ports.pickFree();
        this.logFile = this.dataDir.resolveSibling(this.dataDir.getFileName() + ".log");
    }

    /** Partitions of the pre-created topics (and of any topic created later without a count). */
    public KafkaLauncher partitions(int partitions) {
        this.partitions = partitions;
        return this;
    }

    public KafkaLauncher topics(List<String> topics) {
        this.topics = List.copyOf(topics);
        return this;
    }

    /**
     * A broker that runs for long, as a user's does: the JIT's optimizing compiler on. Test brokers start and
     * stop many times and run briefly, so by default they compile with C1 only, which starts faster but spends
     * more CPU per record (issue 11: the benchmark measured that broker, not a production one).
     */
    public KafkaLauncher fullCompiler() {
        this.fullCompiler = true;
        return this;
    }

    public KafkaLauncher logFile(Path logFile) {
        this.logFile = logFile;
        return this;
    }

    static List<String> jvmOptions(boolean fullCompiler) {
        List<String> jvm = new ArrayList<>(List.of("-Xmx512m", "-XX:+UseSerialGC",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-Dorg.slf4j.simpleLogger.showDateTime=true"));
        if (!fullCompiler) {
            jvm.add("-XX:TieredStopAtLevel=1");
        }
        return List.copyOf(jvm);
    }

    /** Starts the broker (no-op when running) and waits until the topics exist. */
    public synchronized KafkaLauncher start() {
        if (isRunning()) {
            return this;
        }
        List<String> jvm = jvmOptions(fullCompiler);
        List<String> args = List.of("--data=" + dataDir, "--port=" + port, "--controller-port=" + controllerPort,
                "--topics=" + String.join(",", topics), "--partitions=" + partitions);
        long begin = System.nanoTime();
        try {
            child = ChildProcess.start(new ChildSpec("kafka", JavaCommand.forMain(KafkaServerMain.class, jvm, args),
                    logFile).readyTimeout(Duration.ofSeconds(90)).stopTimeout(Duration.ofSeconds(30)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lastStartup = Duration.ofNanos(System.nanoTime() - begin);
        return this;
    }

    /** Stops the broker cleanly (it flushes and closes its logs); no-op when not running. */
    public synchronized void stop() {
        if (child != null) {
            child.stop();
            child = null;
        }
    }

    /** Stop and start again: same port, same data directory. */
    public synchronized KafkaLauncher restart() {
        stop();
        return start();
    }

    public synchronized boolean isRunning() {
        return child != null && child.isAlive();
    }

    /** {@code localhost:PORT}; stable across restarts. */
    public String bootstrapServers() {
        return "localhost:" + port;
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

    /** The broker's JVM while running. */
    public synchronized Optional<ProcessHandle> process() {
        return Optional.ofNullable(child).map(ChildProcess::handle);
    }

    /** Wall time of the last {@link #start()}, from spawning the JVM to topics ready. */
    public Duration lastStartup() {
        return lastStartup;
    }

    @Override
    public void close() {
        stop();
    }
}
