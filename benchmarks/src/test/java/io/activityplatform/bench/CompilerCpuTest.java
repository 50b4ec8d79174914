package io.activityplatform.bench;

import static org.assertj.core.api.Assertions.assertThat;

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
        CompilerCpu.Sample before = new CompilerCpu.Sample(Map.of("1/10", 100L), 1_000);
        CompilerCpu.Sample after = new CompilerCpu.Sample(Map.of("1/10", 150L), 1_500);

        assertThat(after.shareSince(before)).isEqualTo(0.1);
    }

    @Test
    void aCompilerThreadStartedSinceCountsFromZeroAndOneEndedCountsNothingMore() {
        // HotSpot adds compiler threads as its queue grows and ends them as it drains
        CompilerCpu.Sample before = new CompilerCpu.Sample(Map.of("1/10", 100L, "1/11", 80L), 1_000);
        CompilerCpu.Sample after = new CompilerCpu.Sample(Map.of("1/10", 120L, "1/12", 30L), 1_200);

        assertThat(after.shareSince(before)).isEqualTo(0.25); // (20 + 30) of 200; thread 11's 80 is not undone
    }

    @Test
    void nothingRunMeansNoShareAndTheShareNeverLeavesZeroToOne() {
        CompilerCpu.Sample same = new CompilerCpu.Sample(Map.of("1/10", 100L), 1_000);
        assertThat(same.shareSince(same)).isZero();
        CompilerCpu.Sample odd = new CompilerCpu.Sample(Map.of("1/10", 900L), 1_010);
        assertThat(odd.shareSince(same)).isEqualTo(1.0);
    }

    @Test
    void thisJvmsCompilerThreadsAreFoundAndItsThreadsTimeCounted() {
        CompilerCpu compilers = new CompilerCpu(() -> List.of(ProcessHandle.current().pid()));

        CompilerCpu.Sample sample = compilers.sample();

        assertThat(sample.compilerThreads()).isNotEmpty();
        assertThat(sample.all()).isPositive();
        assertThat(new CompilerCpu(() -> List.of(Long.MAX_VALUE)).sample().all()).isZero(); // no such process
    }
}
