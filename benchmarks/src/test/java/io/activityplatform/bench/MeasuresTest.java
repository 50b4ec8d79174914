package io.activityplatform.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The benchmark's arithmetic and options: what it prints must follow from what it measured. */
class MeasuresTest {

    @Test
    void busyTimeCountsUserNiceSystemIrqSoftirqAndStealButNotIdleOrIowait() {
        // user nice system idle iowait irq softirq steal guest guest_nice
        assertThat(CpuMeter.busyMillis("cpu  100 20 30 9999 500 4 5 6 0 0")).isEqualTo(1650.0);
        assertThatThrownBy(() -> CpuMeter.busyMillis("cpu0 1 2 3 4")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void processCpuAddsUserSystemAndReapedChildrenTimeAfterACommandNameWithSpaces() {
        // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime
        String stat = "42 (java (x) y) S 1 42 42 0 -1 4194560 100 0 0 0 700 300 20 5 20 0 30 0";
        assertThat(ProcessCpu.ticks(stat)).isEqualTo(1025);
        assertThat(new ProcessCpu(() -> List.of(ProcessHandle.current().pid())).millis()).isPositive();
    }

    @Test
    void completionPollsSlowlyFarFromTheEndAndEvery100MillisNearIt() {
        // nothing done yet: no rate to go by
        assertThat(ServerActivityBench.pauseMillis(0, 10_000, 5_000_000_000L)).isEqualTo(100);
        // 1,000 done in 5 s, 9,000 left: 45 s to go, capped at 2 s
        assertThat(ServerActivityBench.pauseMillis(1_000, 9_000, 5_000_000_000L)).isEqualTo(2_000);
        // 1,000 done in 5 s, 200 left: 1 s to go, half of it
        assertThat(ServerActivityBench.pauseMillis(1_000, 200, 5_000_000_000L)).isEqualTo(500);
        // 10 left: the floor
        assertThat(ServerActivityBench.pauseMillis(1_000, 10, 5_000_000_000L)).isEqualTo(100);
    }

    @Test
    void awaitingACountEndsAtTheTargetAndFailsPastTheLimit() throws Exception {
        int[] polls = {0};
        ServerActivityBench.awaitCount(() -> 10 * polls[0]++, 30, java.time.Duration.ofSeconds(10));
        assertThat(polls[0]).isEqualTo(4);

        assertThatThrownBy(() -> ServerActivityBench.awaitCount(() -> 1, 5, java.time.Duration.ofMillis(150)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("only 1 of 5");
    }

    @Test
    void percentilesAreNearestRank() {
        Latencies latencies = new Latencies();
        for (int i = 100; i >= 1; i--) {
            latencies.add(i);
        }
        assertThat(latencies.p50()).isEqualTo(50.0);
        assertThat(latencies.p90()).isEqualTo(90.0);
        assertThat(latencies.max()).isEqualTo(100.0);
        assertThat(new Latencies().summary()).isEqualTo("n/a");
    }

    @Test
    void ratesFollowFromCountsAndTimes() {
        Result r = new Result("x", 2000, 4.0, 10.0, 3000.0, 1000.0, new Latencies(), new Latencies(), "0");
        assertThat(r.throughput()).isEqualTo(200.0);
        assertThat(r.createRate()).isEqualTo(500.0);
        assertThat(r.cpuMillisPerActivity()).isEqualTo(1.5);
        assertThat(r.ownCpuMillisPerActivity()).isEqualTo(0.5);
    }

    @Test
    void optionsDefaultToTheIssuesSizesAndTheDurableServer() {
        BenchOptions o = BenchOptions.from(Map.of());
        assertThat(o.n()).isEqualTo(20000);
        assertThat(o.samples()).isEqualTo(50);
        assertThat(o.agents()).isEqualTo(1000);
        assertThat(o.postgresSettings()).containsEntry("fsync", "on").containsEntry("synchronous_commit", "on");
        assertThat(BenchOptions.from(Map.of("bench.durable", "false")).postgresSettings())
                .containsEntry("synchronous_commit", "off");
        assertThat(BenchOptions.from(Map.of("bench.phases", "db-scheduler,no-op")).runs("server")).isFalse();
        assertThatThrownBy(() -> BenchOptions.from(Map.of("bench.n", "0"))).hasMessageContaining("bench.n");
        assertThat(o.warmup()).isEqualTo(10_000);
        assertThat(BenchOptions.from(Map.of("bench.warmup", "0")).warmup()).isZero();
        assertThatThrownBy(() -> BenchOptions.from(Map.of("bench.warmup", "-1"))).hasMessageContaining("bench.warmup");
        assertThatThrownBy(() -> BenchOptions.from(Map.of("bench.phases", "all,x")))
                .hasMessageContaining("bench.phases");
    }

    @Test
    void theReportRelatesEachPlatformRowToDbScheduler() {
        Latencies fast = new Latencies();
        fast.add(2);
        Latencies slow = new Latencies();
        slow.add(20);
        BenchOptions options = new BenchOptions(1000, 1, 10, true, BenchOptions.PHASES, Path.of("x"), Path.of("."), 1, 1, 32, 0, 1);
        String report = Report.render(options, List.of(
                new Result("db-scheduler 16.12", 1000, 0.1, 1.0, 500, 400, fast, fast, "1"),
                new Result("platform", 1000, 1.0, 2.0, 5000, 2000, slow, slow, "2")));
        assertThat(report).contains("| db-scheduler 16.12 | 1000 | 10000 | 0.50 | 0.40 |")
                .contains("platform: throughput 0.500×, create rate 0.100×, CPU per activity 10.0× "
                        + "(own processes 5.0×), idle start p50 10.0×, idle final p50 10.0×")
                .contains("PostgreSQL durable");
    }
}
