package io.activityplatform.bench;

/**
 * One contender's numbers: {@code n} activities created in {@code createSeconds}, all final after
 * {@code endToEndSeconds} (from the first create), costing {@code cpuMillis} of machine CPU and
 * {@code ownCpuMillis} of the benchmark's own processes; plus idle latencies and the load average at the end.
 */
public record Result(String name, int n, double createSeconds, double endToEndSeconds, double cpuMillis,
                     double ownCpuMillis,
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

    public double ownCpuMillisPerActivity() {
        return ownCpuMillis / n;
    }

    /** One line for the progress log. */
    public String line() {
        return String.format("%s: %.0f /s end to end, create %.0f /s, CPU %.2f ms/activity (own processes %.2f), "
                + "idle start %s, idle final %s, load %s", name, throughput(), createRate(), cpuMillisPerActivity(),
                ownCpuMillisPerActivity(),
                toStart.summary(), toFinal.summary(), loadAverage);
    }
}
