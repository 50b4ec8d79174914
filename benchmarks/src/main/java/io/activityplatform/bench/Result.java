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

    /** One line for the progress log. */
    public String line() {
        return String.format("%s: %.0f /s end to end, create %.0f /s, CPU %.2f ms/activity, idle start %s, "
                + "idle final %s, load %s", name, throughput(), createRate(), cpuMillisPerActivity(),
                toStart.summary(), toFinal.summary(), loadAverage);
    }
}
