package io.activityplatform.local;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A child process that dies with its parent. The parent keeps the child's stdin pipe open and never writes to
 * it; every child main exits when stdin reaches EOF, which the kernel delivers when the parent closes the pipe
 * ({@link #stop()}) or dies in any way, even {@code kill -9}. Output goes to a log file; readiness is a single
 * {@code READY key=value ...} line that the child writes to the file named by {@value #STATUS_ENV}.
 */
public final class ChildProcess {

    public static final String STATUS_ENV = "CHILD_STATUS_FILE";
    /** READY key listing extra process ids the child started but may leave behind (e.g. a detached postmaster). */
    public static final String OWNED_PIDS = "owned-pids";

    private final ChildSpec spec;
    private final Process process;
    private final OutputStream stdin;
    private final Path statusFile;
    private volatile Map<String, String> readyInfo = Map.of();
    private boolean stopped;

    private ChildProcess(ChildSpec spec, Process process, Path statusFile) {
        this.spec = spec;
        this.process = process;
        this.stdin = process.getOutputStream();
        this.statusFile = statusFile;
    }

    /** Starts the child and blocks until it is ready; on failure the child is stopped and the log tail reported. */
    public static ChildProcess start(ChildSpec spec) throws IOException {
        Files.createDirectories(spec.logFile.toAbsolutePath().getParent());
        Path statusFile = spec.logFile.resolveSibling(spec.logFile.getFileName() + ".status");
        Files.deleteIfExists(statusFile); // a stale READY from an earlier run must not count
        List<String> command = new ArrayList<>();
        if (spec.newSession) {
            command.add("setsid");
        }
        if (spec.unshareUser) {
            command.add("unshare");
            command.add("-U");
        }
        command.addAll(spec.command);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(spec.logFile.toFile()));
        // A debug agent or similar from the user's environment would clash between parent and children.
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().put(STATUS_ENV, statusFile.toAbsolutePath().toString());
        builder.environment().putAll(spec.environment);
        ChildProcess child = new ChildProcess(spec, builder.start(), statusFile);
        ChildRegistry.register(child);
        child.awaitReady();
        return child;
    }

    private void awaitReady() throws IOException {
        long deadline = System.nanoTime() + spec.readyTimeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Map<String, String>> ready = spec.readinessProbe != null ? spec.readinessProbe.get() : readStatus();
            if (ready.isPresent()) {
                readyInfo = Map.copyOf(ready.get());
                return;
            }
            if (!process.isAlive()) {
                stop();
                throw failure("exited with code " + process.exitValue() + " before it was ready");
            }
            sleep(50);
        }
        stop();
        throw failure("was not ready within " + spec.readyTimeout.toSeconds() + " s");
    }

    private Optional<Map<String, String>> readStatus() throws IOException {
        if (!Files.exists(statusFile)) {
            return Optional.empty();
        }
        String line = Files.readString(statusFile, StandardCharsets.UTF_8);
        return line.startsWith("READY") && line.endsWith("\n") ? Optional.of(ChildMain.parseReady(line)) : Optional.empty();
    }

    private IOException failure(String what) {
        return new IOException(spec.name + " " + what + " (log: " + spec.logFile + ")\n--- log tail ---\n"
                + Logs.tail(spec.logFile, 40));
    }

    /** Key/values of the READY line (or of the readiness probe). */
    public Map<String, String> readyInfo() {
        return readyInfo;
    }

    public String name() {
        return spec.name;
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path logFile() {
        return spec.logFile;
    }

    /**
     * Kills the child and everything it started with SIGKILL, as a crash would: no shutdown hook, no clean
     * stop. For fault-injection tests; a later {@link #stop()} is a no-op for what is already dead.
     */
    public void killHard() {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Closes stdin (the child shuts down cleanly), waits, then escalates to SIGTERM and SIGKILL. Also kills
     * leftovers the child owned. Idempotent. No lambdas here: this runs in a shutdown hook, possibly after the
     * class loader that loaded us was closed, so it must not need classes that are not loaded yet.
     */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        List<ProcessHandle> leftovers = new ArrayList<>();
        for (java.util.Iterator<ProcessHandle> it = process.descendants().iterator(); it.hasNext(); ) {
            leftovers.add(it.next());
        }
        String owned = readyInfo.get(OWNED_PIDS);
        if (owned != null && !owned.isBlank()) {
            for (String pid : owned.split(",")) {
                Optional<ProcessHandle> handle = ProcessHandle.of(Long.parseLong(pid.trim()));
                if (handle.isPresent()) {
                    leftovers.add(handle.get());
                }
            }
        }
        try {
            stdin.close();
        } catch (IOException ignored) {
            // the child is gone already: nothing to signal
        }
        boolean clean = awaitExit(process.toHandle(), spec.stopTimeout.toNanos());
        if (!clean) {
            process.destroy(); // SIGTERM: JVM children still run their shutdown hooks
            if (!awaitExit(process.toHandle(), spec.stopTimeout.toNanos())) {
                process.destroyForcibly();
                awaitExit(process.toHandle(), TimeUnit.SECONDS.toNanos(10));
            }
        }
        // After a clean exit leftovers usually end on their own (pg_ctl returns when the pid file is gone, a
        // moment before the postmaster ends), so they get a grace period; after an escalation they do not.
        long deadline = System.nanoTime() + (clean ? TimeUnit.SECONDS.toNanos(10) : 0);
        for (ProcessHandle leftover : leftovers) {
            if (!awaitExit(leftover, deadline - System.nanoTime())) {
                leftover.destroyForcibly();
                awaitExit(leftover, TimeUnit.SECONDS.toNanos(5));
            }
        }
        try {
            Files.deleteIfExists(statusFile);
        } catch (IOException ignored) {
            // only matters for the next start, which deletes it again
        }
        ChildRegistry.unregister(this);
    }

    /** Waits up to {@code nanos} for the process to end; an interrupt ends the wait early (flag kept). */
    private static boolean awaitExit(ProcessHandle handle, long nanos) {
        try {
            handle.onExit().get(Math.max(1, nanos), TimeUnit.NANOSECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !handle.isAlive();
        } catch (Exception e) { // timeout
            return !handle.isAlive();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public String toString() {
        return spec.name + "[pid " + process.pid() + "]";
    }
}
