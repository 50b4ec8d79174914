package io.activityplatform.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The agents phase without the stack: its options, the latency histogram, the result's arithmetic and report. */
class FleetTest {

    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    @Test
    void theFleetDefaultsToTenThousandIdleAgentsAtMessageSystemsIdleInterval() {
        BenchOptions o = BenchOptions.from(Map.of());
        assertThat(o.fleet()).isEqualTo(new BenchOptions.Fleet(10_000, 60_000, 60, 10));
        assertThat(o.runs("agents")).isTrue();
        assertThat(BenchOptions.PHASES).contains("agents");
        BenchOptions set = BenchOptions.from(Map.of("bench.phases", "agents", "bench.fleet", "500",
                "bench.fleet-exchange-millis", "5000", "bench.fleet-seconds", "20", "bench.fleet-warmup-seconds", "0"));
        assertThat(set.fleet()).isEqualTo(new BenchOptions.Fleet(500, 5000, 20, 0));
        assertThat(set.runs("agents")).isTrue();
        assertThat(set.runs("client")).isFalse();
    }

    @Test
    void badFleetOptionsNameTheirProperty() {
        assertThatThrownBy(() -> BenchOptions.from(Map.of("bench.fleet", "0"))).hasMessageContaining("bench.fleet");
        assertThatThrownBy(() -> BenchOptions.from(Map.of("bench.fleet-exchange-millis", "-5")))
                .hasMessageContaining("bench.fleet-exchange-millis");
        assertThatThrownBy(() -> BenchOptions.from(Map.of("bench.fleet-seconds", "0")))
                .hasMessageContaining("bench.fleet-seconds");
        assertThatThrownBy(() -> BenchOptions.from(Map.of("bench.fleet-warmup-seconds", "-1")))
                .hasMessageContaining("bench.fleet-warmup-seconds");
        assertThatThrownBy(() -> BenchOptions.from(Map.of("bench.phases", "agent")))
                .hasMessageContaining("bench.phases");
    }

    @Test
    void messageSystemTellsTheFleetsPaceInWholeSecondsAndAtLeastOneElseItsOwnDefault() {
        // without the agents phase: message-system's own 60 s; the client agents ping, whatever their pace
        assertThat(BenchOptions.from(Map.of("bench.phases", "client")).agentIntervalSeconds()).isEqualTo(60);
        assertThat(BenchOptions.from(Map.of("bench.phases", "client", "bench.ping-millis", "2500"))
                .agentIntervalSeconds()).isEqualTo(60);
        // with it: the fleet's pace, rounded up to whole seconds
        assertThat(BenchOptions.from(Map.of()).agentIntervalSeconds()).isEqualTo(60);
        assertThat(BenchOptions.from(Map.of("bench.phases", "agents", "bench.fleet-exchange-millis", "2500"))
                .agentIntervalSeconds()).isEqualTo(3);
        // a sub-second fleet pace must not make the server tell 0 s (the protocol counts seconds)
        assertThat(BenchOptions.from(Map.of("bench.phases", "agents", "bench.fleet-exchange-millis", "300"))
                .agentIntervalSeconds()).isEqualTo(1);
    }

    @Test
    void theOldConstructorKeepsTheFleetDefaults() {
        BenchOptions o = new BenchOptions(1000, 1, 10, true, BenchOptions.PHASES, Path.of("x"), Path.of("."), 1, 1,
                32, 0, 1);
        assertThat(o.fleet()).isEqualTo(BenchOptions.Fleet.DEFAULT);
    }

    @Test
    void percentilesOfTheHistogramAreWithinItsPrecision() {
        ExchangeLatencies latencies = new ExchangeLatencies();
        for (int i = 1000; i >= 1; i--) {
            latencies.record(i * MS);
        }
        ExchangeLatencies.Snapshot s = latencies.take();
        assertThat(s.count()).isEqualTo(1000);
        // 3 significant digits: within 0.1 %
        assertThat(s.p50()).isCloseTo(500, within(0.5));
        assertThat(s.p90()).isCloseTo(900, within(0.9));
        assertThat(s.p99()).isCloseTo(990, within(1.0));
        assertThat(s.max()).isCloseTo(1000, within(1.0));
    }

    @Test
    void subMillisecondExchangesKeepTheirMicroseconds() {
        ExchangeLatencies latencies = new ExchangeLatencies();
        latencies.record(TimeUnit.MICROSECONDS.toNanos(1234));
        assertThat(latencies.take().p50()).isCloseTo(1.234, within(0.002));
    }

    @Test
    void resetDropsTheWarmUpAndTakeStartsTheNextInterval() {
        ExchangeLatencies latencies = new ExchangeLatencies();
        for (int i = 0; i < 100; i++) {
            latencies.record(5_000 * MS); // a slow warm-up
        }
        latencies.reset();
        latencies.record(2 * MS);
        ExchangeLatencies.Snapshot measured = latencies.take();
        assertThat(measured.count()).isEqualTo(1);
        assertThat(measured.max()).isCloseTo(2, within(0.01));
        ExchangeLatencies.Snapshot next = latencies.take();
        assertThat(next.count()).isZero();
        assertThat(next.summary()).isEqualTo("n/a");
    }

    @Test
    void samplesBeyondAMinuteCountAsAMinuteInsteadOfBreakingTheRecorder() {
        ExchangeLatencies latencies = new ExchangeLatencies();
        latencies.record(TimeUnit.MINUTES.toNanos(5));
        latencies.record(-1);
        ExchangeLatencies.Snapshot s = latencies.take();
        assertThat(s.count()).isEqualTo(2);
        assertThat(s.max()).isCloseTo(60_000, within(60.0));
        assertThat(s.p50()).isZero();
    }

    @Test
    void everyThreadsSamplesAreCounted() throws Exception {
        ExchangeLatencies latencies = new ExchangeLatencies();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 50_000; i++) {
                    latencies.record((i % 100 + 1) * MS);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        ExchangeLatencies.Snapshot s = latencies.take();
        assertThat(s.count()).isEqualTo(200_000);
        assertThat(s.p99()).isCloseTo(99, within(0.1));
    }

    @Test
    void ratesAndCpuPerExchangeFollowFromTheCounts() {
        FleetResult r = new FleetResult("fleet", 10_000, 60_000, 60.0, snapshot(10_000, 3, 6.7), 0, 5_000, 20_000,
                30_000, "1", "stack quiet after 5 s (0.10 cores)");
        assertThat(r.exchangesPerSecond()).isEqualTo(10_000 / 60.0);
        assertThat(r.messageSystemCpuPerExchange()).isEqualTo(0.5);
        assertThat(r.ownCpuPerExchange()).isEqualTo(2.0);
        assertThat(r.machineCpuPerExchange()).isEqualTo(3.0);
        assertThat(result(new ExchangeLatencies().take(), 0).messageSystemCpuPerExchange()).isNaN();
    }

    @Test
    void theTargetIsP99BelowFiftyMillisWithNothingFailed() {
        assertThat(result(snapshot(10_000, 3, 6.7), 0).meetsTarget()).isTrue();
        assertThat(result(snapshot(10_000, 3, 6.7), 0).verdict()).isEqualTo("met (p99 6.70 ms < 50 ms)");
        // planted faults: exactly at the target, a failed exchange, no exchange at all
        assertThat(result(snapshot(10_000, 3, 50.0), 0).meetsTarget()).isFalse();
        assertThat(result(snapshot(10_000, 3, 50.0), 0).verdict()).isEqualTo("MISSED (p99 50.0 ms ≥ 50 ms)");
        assertThat(result(snapshot(10_000, 3, 6.7), 2).meetsTarget()).isFalse();
        assertThat(result(snapshot(10_000, 3, 6.7), 2).verdict()).isEqualTo("MISSED (2 exchanges failed)");
        assertThat(result(new ExchangeLatencies().take(), 0).verdict()).isEqualTo("MISSED (no exchange answered)");
    }

    @Test
    void theReportShowsTheFleetTableOnlyWhenTheAgentsPhaseRan() {
        BenchOptions options = BenchOptions.from(Map.of("bench.phases", "agents"));
        FleetResult r = result(snapshot(10_020, 3.25, 6.7), 0);
        String report = Report.render(options, List.of(), List.of(r), List.of());
        assertThat(report).contains("Idle fleet (no activities created meanwhile")
                .contains("| platform, idle fleet | 10000 every 60.0 s | 167.0 | 3.25 / 5.00 / 6.70 / 12.0 ms (10020) "
                        + "| 0 | 0.50 | 2.00 | 2.99 | 1.00 0.90 0.80 | met (p99 6.70 ms < 50 ms) |");
        assertThat(r.line()).contains("167 exchanges/s").contains("10000 agents every 60.0 s");
        // an agents-only run has no activity rows, so no empty activity table
        assertThat(report).doesNotContain("| contender |");
        assertThat(Report.render(options, List.of(), List.of())).doesNotContain("Idle fleet");
    }

    private static ExchangeLatencies.Snapshot snapshot(long count, double p50, double p99) {
        return new ExchangeLatencies.Snapshot(count, p50, 5.0, p99, 12.0);
    }

    private static FleetResult result(ExchangeLatencies.Snapshot latency, long failures) {
        return new FleetResult("platform, idle fleet", 10_000, 60_000, 60.0, latency, failures, 5_010, 20_040, 30_000,
                "1.00 0.90 0.80", "stack quiet after 5 s (0.10 cores)");
    }
}
