package io.activityplatform.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The compilers' share is read per thread from /proc, and a compiler thread that comes or goes is not misread. */
class CompilerCpuTest {

    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime
    private static String stat(String comm, long utime, long stime, long cutime) {
        return "4242 (" + comm + ") S 1 42 42 0 -1 4194560 100 0 0 0 " + utime + " " + stime + " " + cutime
                + " 5 20 0 30 0";
    }

    @Test
    void hotSpotsCompilerThreadsAreKnownByTheirTruncatedNames() {
        assertThat(CompilerCpu.isCompiler(stat("C2 CompilerThre", 1, 1, 0))).isTrue();
        assertThat(CompilerCpu.isCompiler(stat("C1 CompilerThre", 1, 1, 0))).isTrue();
        assertThat(CompilerCpu.isCompiler(stat("vert.x-eventloo", 1, 1, 0))).isFalse();
        assertThat(CompilerCpu.isCompiler(stat("GC Thread#0", 1, 1, 0))).isFalse();
    }

    @Test
    void aThreadCountsItsOwnUserAndSystemTimeNotItsProcesssReapedChildren() {
        // cutime and cstime in a thread's stat are its process's: every thread would count them again
        assertThat(CompilerCpu.ticks(stat("C2 CompilerThre", 700, 300, 20))).isEqualTo(1000);
    }

    @Test
    void theShareIsTheCompilersTicksOverAllTicksBetweenTwoSamples() {
        CompilerCpu.Sample before = new CompilerCpu.Sample(Map.of("1/10", 100L), Map.of(1L, 1_000L));
        CompilerCpu.Sample after = new CompilerCpu.Sample(Map.of("1/10", 150L), Map.of(1L, 1_500L));

        assertThat(after.shareSince(before)).isEqualTo(0.1);
    }

    @Test
    void theShareIsTheLargestOfOneJvmNotOfAllTogether() {
        // four warm JVMs and a restarted one still compiling: 5% of their sum, a fifth of its own CPU
        CompilerCpu.Sample before = new CompilerCpu.Sample(Map.of("1/10", 0L, "2/20", 0L),
                Map.of(1L, 0L, 2L, 0L));
        CompilerCpu.Sample after = new CompilerCpu.Sample(Map.of("1/10", 0L, "2/20", 100L),
                Map.of(1L, 1_500L, 2L, 500L));

        assertThat(after.shareSince(before)).isEqualTo(0.2);
    }

    @Test
    void aProcessThatBarelyRanIsLeftOut() {
        // an idle broker compiling a little of its little work beside the busy JVM the phase is about
        CompilerCpu.Sample before = new CompilerCpu.Sample(Map.of("1/10", 0L, "2/20", 0L), Map.of(1L, 0L, 2L, 0L));
        CompilerCpu.Sample after = new CompilerCpu.Sample(Map.of("1/10", 20L, "2/20", 40L),
                Map.of(1L, 1_000L, 2L, 99L));

        assertThat(after.shareSince(before)).isEqualTo(0.02);
        CompilerCpu.Sample busier = new CompilerCpu.Sample(Map.of("1/10", 20L, "2/20", 40L),
                Map.of(1L, 1_000L, 2L, 100L));
        assertThat(busier.shareSince(before)).isEqualTo(0.4); // a tenth of the busiest counts
    }

    @Test
    void aCompilerThreadStartedSinceCountsFromZeroAndOneEndedCountsNothingMore() {
        // HotSpot adds compiler threads as its queue grows and ends them as it drains
        CompilerCpu.Sample before = new CompilerCpu.Sample(Map.of("1/10", 100L, "1/11", 80L), Map.of(1L, 1_000L));
        CompilerCpu.Sample after = new CompilerCpu.Sample(Map.of("1/10", 120L, "1/12", 30L), Map.of(1L, 1_200L));

        assertThat(after.shareSince(before)).isEqualTo(0.25); // (20 + 30) of 200; thread 11's 80 is not undone
    }

    @Test
    void nothingRunMeansNoShareAndTheShareNeverLeavesZeroToOne() {
        CompilerCpu.Sample same = new CompilerCpu.Sample(Map.of("1/10", 100L), Map.of(1L, 1_000L));
        assertThat(same.shareSince(same)).isZero();
        CompilerCpu.Sample odd = new CompilerCpu.Sample(Map.of("1/10", 900L), Map.of(1L, 1_010L));
        assertThat(odd.shareSince(same)).isEqualTo(1.0);
    }

    @Test
    void aJvmUnderAShellIsFoundThroughItsParent() throws Exception {
        // a service runs as a JVM under its watchdog shell: the shell's pid is the one the stack knows
        Process shell = new ProcessBuilder("sh", "-c", "\"$0\" -cp \"$1\" \"$2\"",
                ProcessHandle.current().info().command().orElseThrow(),
                Path.of(Spin.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString(),
                Spin.class.getName())
                .redirectErrorStream(true).start();
        try {
            CompilerCpu compilers = new CompilerCpu(() -> List.of(shell.pid()));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !compilers.sample().compilerThreads().isEmpty());
            // the JVM under the shell, and not the shell, whose threads are not the JVM's
            assertThat(compilers.sample().all()).hasSize(1).doesNotContainKey(shell.pid());
        } finally {
            shell.descendants().forEach(ProcessHandle::destroy);
            shell.destroy();
        }
    }

    /** A JVM that only waits (on its standard input, open until the test destroys it), to be found under a shell. */
    static final class Spin {
        public static void main(String[] args) throws java.io.IOException {
            System.in.read();
        }
    }

    @Test
    void thisJvmAloneLeavesItsChildrenOut() throws Exception {
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-cp",
                Path.of(Spin.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString(),
                Spin.class.getName()).start();
        try {
            assertThat(CompilerCpu.thisJvm().sample().all()).containsOnlyKeys(ProcessHandle.current().pid());
            assertThat(new CompilerCpu(() -> List.of(ProcessHandle.current().pid())).sample().all())
                    .containsKey(child.pid());
        } finally {
            child.destroy();
        }
    }

    @Test
    void thisJvmsCompilerThreadsAreFoundAndItsThreadsTimeCounted() {
        CompilerCpu compilers = new CompilerCpu(() -> List.of(ProcessHandle.current().pid()));

        CompilerCpu.Sample sample = compilers.sample();

        assertThat(sample.compilerThreads()).isNotEmpty();
        assertThat(sample.all().get(ProcessHandle.current().pid())).isPositive();
        assertThat(new CompilerCpu(() -> List.of(Long.MAX_VALUE)).sample().all()).isEmpty(); // no such process
    }
}
