package io.activityplatform.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * CPU time of the benchmark's own process trees only (this JVM and its children: Kafka, the services; the
 * detached PostgreSQL postmaster and its backends), from {@code /proc/<pid>/stat}: utime + stime of each live
 * process plus cutime + cstime (what its exited, reaped children used). On a machine shared with other
 * builds the machine-wide {@link CpuMeter} counts their work too; this counts only ours.
 */
public final class ProcessCpu {

    private final Supplier<List<Long>> roots;

    public ProcessCpu(Supplier<List<Long>> roots) {
        this.roots = roots;
    }

    /** Milliseconds of CPU used so far by the trees under the roots. */
    public double millis() {
        Set<Long> pids = new HashSet<>();
        for (long root : roots.get()) {
            pids.add(root);
            ProcessHandle.of(root).ifPresent(p -> p.descendants().forEach(d -> pids.add(d.pid())));
        }
        long ticks = 0;
        for (long pid : pids) {
            ticks += ticks(pid);
        }
        return ticks * CpuMeter.MILLIS_PER_TICK;
    }

    private static long ticks(long pid) {
        try {
            return ticks(Files.readString(Path.of("/proc", String.valueOf(pid), "stat")));
        } catch (IOException e) {
            return 0; // exited meanwhile: its time is in its parent's cutime once reaped
        }
    }

    /** Fields 14-17 (utime stime cutime cstime), counted after the command name, which may contain spaces. */
    static long ticks(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        // f[0] is field 3 (state), so field n is f[n - 3]
        return Stream.of(f[11], f[12], f[13], f[14]).mapToLong(Long::parseLong).sum();
    }
}
