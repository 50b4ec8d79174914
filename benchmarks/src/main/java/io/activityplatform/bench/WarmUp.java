package io.activityplatform.bench;

import java.util.function.Supplier;

/**
 * Unmeasured work before a throughput phase, until the measured JVMs' JIT has settled: first {@code minimum}
 * activities, then rounds of {@code round} more while the compilers took more than {@code settledShare} of any
 * one JVM's CPU in the last one, up to {@code maximum} in all. A count alone cannot say when a JVM is warm: on a
 * loaded 2-core machine C2 needed three minutes of a run to work through a service's hot code, and a phase that
 * began earlier measured JIT compilation, which a long-running service pays once, as cost per activity.
 */
public record WarmUp(int minimum, int round, int maximum, double settledShare) {

    /** Some unmeasured activities. */
    @FunctionalInterface
    public interface Work {
        void run(int activities) throws Exception;
    }

    /** What a warm-up did: how many activities, and the compilers' share of CPU in its last round. */
    public record Outcome(int activities, double lastShare, boolean settled) {

        public String text() {
            return String.format("%,d unmeasured activities; JIT compilation at most %.1f%% of a JVM's CPU in the "
                    + "last round (%s)", activities, 100 * lastShare, settled ? "settled"
                    : "not settled at the cap; the phase still pays for compiling");
        }
    }

    /** The report's line for a phase: its warm-up (null: none) and the compilers' share while it was measured. */
    public static String jitLine(Outcome warm, double measuredShare) {
        return String.format("JIT: %s; during the measured phase at most %.1f%%",
                warm == null ? "no warm-up" : warm.text(), 100 * measuredShare);
    }

    public WarmUp {
        if (minimum < 0 || round <= 0 || maximum < minimum || settledShare <= 0 || settledShare >= 1) {
            throw new IllegalArgumentException("warm-up: need 0 <= minimum <= maximum, round > 0 and a share in "
                    + "(0, 1); got " + this);
        }
    }

    /** The fixed count only, as before rounds existed (tests, quick runs). */
    public static WarmUp exactly(int activities) {
        return new WarmUp(activities, 1, activities, 0.5);
    }

    /** Runs the work in steps, reading the compilers ({@link CompilerCpu#sample}) around each. */
    public Outcome run(Work work, Supplier<CompilerCpu.Sample> compilers) throws Exception {
        int done = 0;
        int step = minimum;
        double share = 1;
        while (step > 0) {
            CompilerCpu.Sample before = compilers.get();
            work.run(step);
            done += step;
            share = compilers.get().shareSince(before);
            if (share <= settledShare) {
                return new Outcome(done, share, true);
            }
            step = Math.min(round, maximum - done);
        }
        return new Outcome(done, done == 0 ? 0 : share, done == 0);
    }
}
