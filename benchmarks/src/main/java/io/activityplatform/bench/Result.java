package io.activityplatform.bench;

/**
 * One contender's numbers: {@code n} activities created in {@code createSeconds}, all final after
 * {@code endToEndSeconds} (from the first create), costing {@code cpuMillis} of machine CPU; plus idle latencies
 * and the load average seen at the end of the phase.
 */
public record Result(String name, int n, double createSeconds, double endToEndSeconds, double cpuMillis,
                     Latencies toStart, Latencies toFinal, String loadAverage) {

    public double throughput() {
        return n / endToEndSeconds;
    }

    public double createRate() {
        return n / createSeconds;
    }

    public double cpuMillisPerActivity() {
        return cpuMillis / n;
    }
}
