package io.activityplatform.bench;

/**
 * The {@code agents} phase: {@code agents} simulated computers exchanging every {@code exchangeMillis}, measured
 * for {@code seconds}: the exchanges answered in that time and their latency on the agent's side, the exchanges
 * that failed, and the CPU milliseconds message-system's processes, the benchmark's own processes (the whole
 * stack and this driver with its simulators) and the machine used meanwhile; plus the load average at the end
 * and how long the stack took to quieten before the measurement ({@link QuietWait}).
 */
public record FleetResult(String name, int agents, int exchangeMillis, double seconds,
                          ExchangeLatencies.Snapshot latency, long failures, double messageSystemCpuMillis,
                          double ownCpuMillis, double machineCpuMillis, String loadAverage, String quiet) {

    /** Issue 11's target: with 10,000 agents, exchange p99 stays below this. */
    public static final double TARGET_P99_MILLIS = 50;

    public double exchangesPerSecond() {
        return latency.count() / seconds;
    }

    public double messageSystemCpuPerExchange() {
        return perExchange(messageSystemCpuMillis);
    }

    public double ownCpuPerExchange() {
        return perExchange(ownCpuMillis);
    }

    public double machineCpuPerExchange() {
        return perExchange(machineCpuMillis);
    }

    private double perExchange(double millis) {
        return latency.count() == 0 ? Double.NaN : millis / latency.count();
    }

    /** Met only with answered exchanges, none failed, and p99 below the target. */
    public boolean meetsTarget() {
        return latency.count() > 0 && failures == 0 && latency.p99() < TARGET_P99_MILLIS;
    }

    /** "met" or "MISSED" with the reason, for the report. */
    public String verdict() {
        if (meetsTarget()) {
            return String.format("met (p99 %.2f ms < %.0f ms)", latency.p99(), TARGET_P99_MILLIS);
        }
        return latency.count() == 0 ? "MISSED (no exchange answered)"
                : failures > 0 ? String.format("MISSED (%d exchanges failed)", failures)
                : String.format("MISSED (p99 %.1f ms ≥ %.0f ms)", latency.p99(), TARGET_P99_MILLIS);
    }

    /** One line for the progress log. */
    public String line() {
        return String.format("%s: %d agents every %.1f s, %.0f exchanges/s over %.0f s, latency p50/p90/p99/max %s, "
                        + "%d failed, message-system CPU %.2f ms/exchange, target p99 < %.0f ms %s, load %s", name,
                agents, exchangeMillis / 1000.0, exchangesPerSecond(), seconds, latency.summary(), failures,
                messageSystemCpuPerExchange(), TARGET_P99_MILLIS, verdict(), loadAverage);
    }
}
