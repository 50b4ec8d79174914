package io.activityplatform.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a phase's CPU went and how the projections batched. The same server-side code measured 200 to 330 /s in
 * different runs while db-scheduler moved under 5%; a total per activity cannot say which process moved, nor
 * whether the projections' batches (and so their cost per event) were smaller. A {@link Sample} reads the CPU of
 * each part of the stack (each service's replicas, PostgreSQL, Kafka) and the benchmark's own processes as a
 * whole, and each service's folded records and committed batches from its {@code /admin/projection}; two samples
 * give a {@link Breakdown}.
 */
public final class StackMeter {

    /** The parts metered, in the report's column order; the rest of the own CPU is the driver and its agents. */
    public static final List<String> PARTS = List.of(BenchStack.API, BenchStack.MESSAGES, BenchStack.JOBS,
            "PostgreSQL", "Kafka");

    private final Map<String, ProcessCpu> parts;
    private final ProcessCpu own;
    private final Map<String, List<ApiClient>> admins;
    private StatementStats statements;
    private FlightRecordings recordings;

    /**
     * @param parts  CPU meters of {@link #PARTS}, by name
     * @param own    the benchmark's own processes (every part and the driver)
     * @param admins per service, clients of its replicas (admin token) to read {@code /admin/projection}
     */
    public StackMeter(Map<String, ProcessCpu> parts, ProcessCpu own, Map<String, List<ApiClient>> admins) {
        this.parts = Map.copyOf(parts);
        this.own = own;
        this.admins = Map.copyOf(admins);
    }

    /** Also lists each phase's costliest statements ({@code bench.statements}). */
    public StackMeter withStatements(StatementStats statements) {
        this.statements = statements;
        return this;
    }

    /** Also records every service JVM over each phase ({@code bench.profile}). */
    StackMeter withRecordings(FlightRecordings recordings) {
        this.recordings = recordings;
        return this;
    }

    /** As a phase begins: clears the statement statistics, starts the recordings, then samples. */
    public Sample begin() {
        if (statements != null) {
            statements.reset();
        }
        if (recordings != null) {
            recordings.start();
        }
        return sample();
    }

    /**
     * As a phase ends: the breakdown since {@code before}, with the phase's costliest statements if listed; the
     * recordings, if any, are written after the sample so their own cost stays out of it.
     */
    public Breakdown end(String name, Sample before, int n) {
        Breakdown b = Breakdown.between(name, before, sample(), n);
        if (recordings != null) {
            System.out.println("[bench] flight recordings: " + recordings.stop(name));
        }
        return statements == null ? b : b.withStatements(statements.costliest());
    }

    /** Folded records and committed batches of one service's projection, summed over its replicas. */
    public record Projection(long events, long batches) {
    }

    public record Sample(Map<String, Double> cpuMillis, double ownMillis, Map<String, Projection> projections) {
    }

    public Sample sample() {
        Map<String, Double> cpu = new LinkedHashMap<>();
        for (String part : PARTS) {
            cpu.put(part, parts.containsKey(part) ? parts.get(part).millis() : 0.0);
        }
        Map<String, Projection> projections = new LinkedHashMap<>();
        admins.forEach((service, clients) -> projections.put(service, projection(clients)));
        return new Sample(cpu, own.millis(), projections);
    }

    private static Projection projection(List<ApiClient> replicas) {
        long events = 0;
        long batches = 0;
        for (ApiClient replica : replicas) {
            try {
                JsonNode stats = replica.get("/admin/projection").path("stats");
                events += stats.path("events").asLong();
                batches += stats.path("batches").asLong();
            } catch (Exception e) {
                // a replica that cannot answer leaves its counters out; the breakdown is diagnostic only
            }
        }
        return new Projection(events, batches);
    }

    /**
     * Per activity: each part's CPU, the rest of the own processes' CPU (driver, simulated agents), and each
     * service's records per committed projection batch over the phase.
     */
    public record Breakdown(String name, Map<String, Double> cpuPerActivity, double restPerActivity,
                            Map<String, Double> recordsPerBatch, List<String> statements) {

        public Breakdown withStatements(List<String> rows) {
            return new Breakdown(name, cpuPerActivity, restPerActivity, recordsPerBatch, List.copyOf(rows));
        }

        public static Breakdown between(String name, Sample before, Sample after, int n) {
            Map<String, Double> cpu = new LinkedHashMap<>();
            double metered = 0;
            for (String part : PARTS) {
                double used = after.cpuMillis().getOrDefault(part, 0.0) - before.cpuMillis().getOrDefault(part, 0.0);
                metered += used;
                cpu.put(part, used / n);
            }
            double rest = (after.ownMillis() - before.ownMillis() - metered) / n;
            Map<String, Double> perBatch = new LinkedHashMap<>();
            for (String service : BenchStack.SERVICES) {
                Projection from = before.projections().get(service);
                Projection to = after.projections().get(service);
                long batches = from == null || to == null ? 0 : to.batches() - from.batches();
                perBatch.put(service, batches <= 0 ? Double.NaN : (double) (to.events() - from.events()) / batches);
            }
            return new Breakdown(name, cpu, rest, perBatch, List.of());
        }

        /** One row of the report's table. */
        public String row() {
            StringBuilder row = new StringBuilder("| ").append(name).append(" |");
            PARTS.forEach(part -> row.append(String.format(" %.2f |", cpuPerActivity.get(part))));
            row.append(String.format(" %.2f |", restPerActivity));
            List<String> sizes = BenchStack.SERVICES.stream().map(s -> Double.isNaN(recordsPerBatch.get(s)) ? "–"
                    : String.format("%.1f", recordsPerBatch.get(s))).toList();
            return row.append(' ').append(String.join(" / ", sizes)).append(" |").toString();
        }

        public static String header() {
            return "| contender | " + String.join(" | ", PARTS) + " | driver and agents | records per projection "
                    + "batch (" + String.join(" / ", BenchStack.SERVICES) + ") |\n|---" + "|---".repeat(PARTS.size() + 2) + "|\n";
        }
    }
}
