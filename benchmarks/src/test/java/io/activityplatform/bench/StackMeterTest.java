package io.activityplatform.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.bench.StackMeter.Breakdown;
import io.activityplatform.bench.StackMeter.Projection;
import io.activityplatform.bench.StackMeter.Sample;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The phase breakdown's arithmetic: each part per activity, the rest of the own CPU, records per batch. */
class StackMeterTest {

    private static Sample sample(double api, double messages, double jobs, double postgres, double kafka, double own,
                                 long apiEvents, long apiBatches, long jobEvents, long jobBatches) {
        Map<String, Double> cpu = new LinkedHashMap<>();
        cpu.put(BenchStack.API, api);
        cpu.put(BenchStack.MESSAGES, messages);
        cpu.put(BenchStack.JOBS, jobs);
        cpu.put("PostgreSQL", postgres);
        cpu.put("Kafka", kafka);
        Map<String, Projection> projections = new LinkedHashMap<>();
        projections.put(BenchStack.API, new Projection(apiEvents, apiBatches));
        projections.put(BenchStack.MESSAGES, new Projection(0, 7));
        projections.put(BenchStack.JOBS, new Projection(jobEvents, jobBatches));
        return new Sample(cpu, own, projections);
    }

    @Test
    void eachPartIsChargedItsOwnGrowthAndTheDriverWhatTheOwnTotalAddsBeyondTheParts() {
        Sample before = sample(1_000, 500, 2_000, 300, 100, 10_000, 40, 4, 0, 0);
        Sample after = sample(3_000, 1_500, 6_000, 1_300, 600, 20_000, 3_040, 104, 3_000, 300);

        Breakdown b = Breakdown.between("no-op", before, after, 1_000);

        assertThat(b.cpuPerActivity()).containsExactly(Map.entry(BenchStack.API, 2.0),
                Map.entry(BenchStack.MESSAGES, 1.0), Map.entry(BenchStack.JOBS, 4.0), Map.entry("PostgreSQL", 1.0),
                Map.entry("Kafka", 0.5));
        // own grew 10,000 ms; the parts 8,500 ms; the driver and its agents the other 1,500 ms
        assertThat(b.restPerActivity()).isEqualTo(1.5);
        // 3,000 records in 100 batches; 3,000 in 300
        assertThat(b.recordsPerBatch().get(BenchStack.API)).isEqualTo(30.0);
        assertThat(b.recordsPerBatch().get(BenchStack.JOBS)).isEqualTo(10.0);
        // no batch committed in the phase: no ratio rather than a division by zero
        assertThat(b.recordsPerBatch().get(BenchStack.MESSAGES)).isNaN();
        assertThat(b.row()).isEqualTo("| no-op | 2.00 | 1.00 | 4.00 | 1.00 | 0.50 | 1.50 | 30.0 / – / 10.0 |");
    }

    @Test
    void theReportShowsOneBreakdownRowPerPhaseUnderItsHeader() {
        Sample zero = sample(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        Sample after = sample(100, 100, 100, 100, 100, 600, 10, 1, 10, 2);
        BenchOptions options = new BenchOptions(100, 1, 10, true, BenchOptions.PHASES, Path.of("x"), Path.of("."), 1, 1,
                32, 0, 1);

        String report = Report.render(options, List.of(), List.of(Breakdown.between("server", zero, after, 100)),
                List.of(), List.of());

        assertThat(report).contains("| contender | activity-api | message-system | job-handler | PostgreSQL | Kafka "
                        + "| driver and agents | records per projection batch (activity-api / message-system / job-handler) |\n"
                        + "|---|---|---|---|---|---|---|---|\n"
                        + "| server | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 | 10.0 / – / 5.0 |");
        assertThat(Report.render(options, List.of(), List.of(), List.of(), List.of())).doesNotContain("Where the");
        assertThat(report).doesNotContain("Costliest statements");

        String listed = Report.render(options, List.of(), List.of(Breakdown.between("server", zero, after, 100)
                .withStatements(List.of("| job_handler | 1 | 1.0 | 1.000 | 0.000 | 1 | `select 1` |"))), List.of(), List.of());
        assertThat(listed).contains("Costliest statements (pg_stat_statements), server:\n\n| database | calls")
                .contains("| job_handler | 1 | 1.0 | 1.000 | 0.000 | 1 | `select 1` |");
    }

    @Test
    void aStackMeterReadsEveryPartItIsGivenAndZeroForAPartItLacks() {
        StackMeter meter = new StackMeter(Map.of(BenchStack.JOBS, new ProcessCpu(() -> List.of(ProcessHandle.current()
                .pid()))), new ProcessCpu(() -> List.of(ProcessHandle.current().pid())), Map.of());

        Sample s = meter.sample();

        assertThat(s.cpuMillis().get(BenchStack.JOBS)).isPositive();
        assertThat(s.cpuMillis().get("Kafka")).isZero();
        assertThat(s.ownMillis()).isGreaterThanOrEqualTo(s.cpuMillis().get(BenchStack.JOBS));
        assertThat(s.projections()).isEmpty();
    }
}
