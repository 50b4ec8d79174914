package io.activityplatform.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A warm-up runs its minimum, then rounds while the JIT still compiles, and never past its cap. */
class WarmUpTest {

    private final List<Integer> steps = new ArrayList<>();

    /** Compiler readings in which successive steps took these shares of 1,000 ticks. */
    private static Supplier<CompilerCpu.Sample> compiling(double... shares) {
        Deque<CompilerCpu.Sample> samples = new ArrayDeque<>();
        long compiler = 0;
        long all = 0;
        for (double share : shares) {
            samples.add(new CompilerCpu.Sample(Map.of("1/1", compiler), Map.of(1L, all)));
            compiler += Math.round(share * 1_000);
            all += 1_000;
            samples.add(new CompilerCpu.Sample(Map.of("1/1", compiler), Map.of(1L, all)));
        }
        return samples::removeFirst;
    }

    @Test
    void aSettledJitEndsTheWarmUpAfterItsMinimum() throws Exception {
        WarmUp.Outcome outcome = new WarmUp(10_000, 5_000, 50_000, 0.05).run(steps::add, compiling(0.03));

        assertThat(steps).containsExactly(10_000);
        assertThat(outcome).isEqualTo(new WarmUp.Outcome(10_000, 0.03, true));
    }

    @Test
    void roundsFollowWhileTheCompilersStillTakeMoreThanTheSettledShare() throws Exception {
        WarmUp.Outcome outcome = new WarmUp(10_000, 5_000, 50_000, 0.05).run(steps::add,
                compiling(0.50, 0.20, 0.08, 0.04));

        assertThat(steps).containsExactly(10_000, 5_000, 5_000, 5_000);
        assertThat(outcome.activities()).isEqualTo(25_000);
        assertThat(outcome.settled()).isTrue();
        assertThat(outcome.lastShare()).isEqualTo(0.04);
    }

    @Test
    void theCapEndsAnUnsettledWarmUpAndSaysSo() throws Exception {
        WarmUp.Outcome outcome = new WarmUp(10_000, 4_000, 20_000, 0.05).run(steps::add,
                compiling(0.5, 0.4, 0.3, 0.2));

        assertThat(steps).containsExactly(10_000, 4_000, 4_000, 2_000); // the last round only up to the cap
        assertThat(outcome).isEqualTo(new WarmUp.Outcome(20_000, 0.2, false));
        assertThat(outcome.text()).contains("20,000").contains("20.0%").contains("not settled");
    }

    @Test
    void aFixedWarmUpRunsItsCountOnce() throws Exception {
        WarmUp.Outcome outcome = WarmUp.exactly(3_000).run(steps::add, compiling(0.9));

        assertThat(steps).containsExactly(3_000);
        assertThat(outcome.settled()).isFalse();
        assertThat(WarmUp.exactly(0).run(steps::add, compiling()).activities()).isZero();
        assertThat(steps).containsExactly(3_000);
    }

    @Test
    void impossibleSettingsAreRefused() {
        assertThatThrownBy(() -> new WarmUp(10, 5, 9, 0.05)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WarmUp(10, 0, 20, 0.05)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WarmUp(10, 5, 20, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WarmUp(10, 5, 20, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOptionsBuildTheWarmUpAndTheReportDescribesIt() {
        BenchOptions defaults = BenchOptions.from(Map.of());
        assertThat(defaults.warmUp()).isEqualTo(new WarmUp(10_000, BenchOptions.DEFAULT_WARMUP_ROUND,
                BenchOptions.DEFAULT_WARMUP_MAX, BenchOptions.DEFAULT_WARMUP_SETTLED));
        BenchOptions set = BenchOptions.from(Map.of("bench.warmup", "2000", "bench.warmup-round", "500",
                "bench.warmup-max", "1000", "bench.warmup-settled", "0.1"));
        assertThat(set.warmUp()).isEqualTo(new WarmUp(2_000, 500, 2_000, 0.1)); // a cap below the minimum is raised

        assertThat(Report.render(defaults, List.of())).contains("a warm-up of at least 10000, then rounds of 10000 "
                + "until JIT compilation takes at most 5% of each JVM's CPU (at most 150000 in all");
        assertThat(Report.render(set, List.of())).contains("N = 20000 after 2000 unmeasured warm-up");
    }
}
