package io.activityplatform.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/** What to start as a {@link ChildProcess}: a plain value object with fluent setters. */
public final class ChildSpec {

    final String name;
    final List<String> command;
    final Path logFile;
    final Map<String, String> environment = new LinkedHashMap<>();
    Duration readyTimeout = Duration.ofSeconds(60);
    Duration stopTimeout = Duration.ofSeconds(30);
    boolean newSession = true;
    boolean unshareUser;
    Supplier<Optional<Map<String, String>>> readinessProbe;

    public ChildSpec(String name, List<String> command, Path logFile) {
        this.name = Objects.requireNonNull(name);
        this.command = List.copyOf(command);
        this.logFile = Objects.requireNonNull(logFile);
    }

    public ChildSpec env(String key, String value) {
        environment.put(key, value);
        return this;
    }

    public ChildSpec readyTimeout(Duration timeout) {
        this.readyTimeout = timeout;
        return this;
    }

    /** How long {@link ChildProcess#stop()} waits after closing stdin, and again after SIGTERM, before SIGKILL. */
    public ChildSpec stopTimeout(Duration timeout) {
        this.stopTimeout = timeout;
        return this;
    }

    /**
     * Run under {@code setsid} (default): a Ctrl-C in the terminal then reaches only the parent, which stops
     * its children itself, in order, instead of all of them dying at once.
     */
    public ChildSpec newSession(boolean newSession) {
        this.newSession = newSession;
        return this;
    }

    /** Run under {@code unshare -U}: PostgreSQL's initdb refuses to run as root, this makes it "nobody". */
    public ChildSpec unshareUser(boolean unshareUser) {
        this.unshareUser = unshareUser;
        return this;
    }

    /**
     * Replace the default readiness check (a {@code READY k=v ...} line in the status file) by a probe,
     * e.g. an HTTP health check for programs we cannot change. Empty means "not ready yet".
     */
    public ChildSpec readinessProbe(Supplier<Optional<Map<String, String>>> probe) {
        this.readinessProbe = probe;
        return this;
    }
}
