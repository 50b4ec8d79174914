package io.activityplatform.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How much of some JVMs' CPU their JIT compilers take, from {@code /proc/<pid>/task/<tid>/stat} of the Java
 * processes among the given ones and their descendants. A service JVM on this 2-core machine still spent half its CPU in C2 a minute
 * into a run, so a phase measured then charged the platform for compiling code a long-running service compiles
 * once. The benchmark warms up until this share has fallen ({@link WarmUp}) and reports it for each measured
 * phase.
 *
 * <p>HotSpot names its compiler threads {@code C1 CompilerThreadN} and {@code C2 CompilerThreadN} (the kernel keeps
 * 15 characters) and starts and stops them as the compile queue grows and drains, so each is counted per thread id:
 * a thread new since the last sample counts from zero, one gone keeps what the last sample saw.
 */
public final class CompilerCpu {

    private final Supplier<List<Long>> pids;
    private final boolean descendants;

    /** The Java processes among the given ones and under them (a service's JVM runs under its watchdog shell). */
    public CompilerCpu(Supplier<List<Long>> pids) {
        this(pids, true);
    }

    private CompilerCpu(Supplier<List<Long>> pids, boolean descendants) {
        this.pids = pids;
        this.descendants = descendants;
    }

    /**
     * This JVM alone, without its children: db-scheduler runs here, and the broker this JVM started sits idle
     * meanwhile, compiling a little of its little work (40% of it once, which no warm-up would have settled).
     */
    public static CompilerCpu thisJvm() {
        return new CompilerCpu(() -> List.of(ProcessHandle.current().pid()), false);
    }

    /**
     * Clock ticks: each compiler thread's, by {@code pid/tid}, and all threads' of each process, by pid.
     */
    public record Sample(Map<String, Long> compilerThreads, Map<Long, Long> all) {

        /** A process that used less than a tenth of the busiest one's CPU is left out of the share. */
        static final int IDLE_FRACTION = 10;

        /**
         * The compilers' largest share of one JVM's CPU between {@code before} and this sample, 0 when nothing
         * ran. Per JVM, not over all: a restarted job-handler still compiling beside four warm JVMs was 5% of
         * their sum while C2 took a fifth of its own CPU.
         */
        public double shareSince(Sample before) {
            Map<Long, Long> used = new HashMap<>();
            long busiest = 0;
            for (Map.Entry<Long, Long> process : all.entrySet()) {
                long total = process.getValue() - before.all.getOrDefault(process.getKey(), 0L);
                used.put(process.getKey(), total);
                busiest = Math.max(busiest, total);
            }
            double largest = 0;
            for (Map.Entry<Long, Long> process : used.entrySet()) {
                long total = process.getValue();
                // a JVM that barely ran (an idle broker) says nothing about the phase's JIT
                if (total > 0 && total * IDLE_FRACTION >= busiest) {
                    largest = Math.max(largest, Math.min(1.0, compiling(process.getKey(), before) / (double) total));
                }
            }
            return largest;
        }

        private long compiling(long pid, Sample before) {
            String prefix = pid + "/";
            long ticks = 0;
            for (Map.Entry<String, Long> thread : compilerThreads.entrySet()) {
                if (thread.getKey().startsWith(prefix)) {
                    ticks += thread.getValue() - before.compilerThreads.getOrDefault(thread.getKey(), 0L);
                }
            }
            return Math.max(0, ticks);
        }
    }

    public Sample sample() {
        Map<String, Long> compilers = new HashMap<>();
        Map<Long, Long> all = new HashMap<>();
        for (long pid : processes()) {
            Path tasks = Path.of("/proc", String.valueOf(pid), "task");
            long process = 0;
            try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
                for (Path thread : threads) {
                    String stat = read(thread.resolve("stat"));
                    if (stat == null) {
                        continue; // ended meanwhile
                    }
                    long ticks = ticks(stat);
                    process += ticks;
                    if (isCompiler(stat)) {
                        compilers.put(pid + "/" + thread.getFileName(), ticks);
                    }
                }
                all.put(pid, process);
            } catch (IOException e) {
                // the process ended: it contributes nothing from now on
            }
        }
        return new Sample(compilers, all);
    }

    /** The Java processes among the roots and, unless this JVM alone, their descendants. */
    private List<Long> processes() {
        return descendants ? Jcmd.javaProcesses(pids.get()) : pids.get();
    }

    /** Whether a thread's stat line names a JIT compiler thread. */
    static boolean isCompiler(String stat) {
        String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        return comm.startsWith("C1 CompilerThre") || comm.startsWith("C2 CompilerThre");
    }

    /**
     * A thread's utime + stime (fields 14 and 15). Not cutime and cstime: in a thread's stat they are its
     * process's, which every thread would count again.
     */
    static long ticks(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return null;
        }
    }
}
