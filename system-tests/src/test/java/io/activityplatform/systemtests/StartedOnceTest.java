package io.activityplatform.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.ledger.ExecutionLedger;
import io.activityplatform.events.ledger.ExecutionLedger.Entry;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario's "nothing started twice" check can fail: planted ledgers with a double start, a missing one. */
class StartedOnceTest {

    @TempDir
    Path dir;

    private final UUID script = UUID.randomUUID();
    private final UUID report = UUID.randomUUID();
    private final List<Expectation> expected = List.of(Expectation.of(script, "script", "SUCCEEDED"),
            Expectation.of(report, "usg report", "SUCCEEDED"), Expectation.of(UUID.randomUUID(), "held", "CANCELED"));

    @Test
    void aLedgerWhereEachOperationStartedOnceIsClean() {
        ExecutionLedger ledger = new ExecutionLedger(dir.resolve("ledger.tsv"));
        ledger.started("agent", script, "-");
        ledger.started("job-handler", report, "claim-1");
        List<Entry> entries = ExecutionLedger.read(ledger.file());

        assertThat(StartedOnce.violations(entries, expected)).isEmpty();
        assertThat(StartedOnce.operations(entries, "job-handler")).isEqualTo(1);
    }

    @Test
    void aHandlerThatRanTwiceFailsTheCheck() {
        ExecutionLedger ledger = new ExecutionLedger(dir.resolve("ledger.tsv"));
        ledger.started("agent", script, "-");
        ledger.started("job-handler", report, "claim-1");
        ledger.started("job-handler", report, "claim-1");

        assertThat(StartedOnce.violations(ExecutionLedger.read(ledger.file()), expected))
                .singleElement().asString().contains(report.toString()).contains("started 2 times");
    }

    @Test
    void anOperationStartedByTwoExecutorsFailsTheCheck() {
        ExecutionLedger ledger = new ExecutionLedger(dir.resolve("ledger.tsv"));
        ledger.started("agent", script, "-");
        ledger.started("agent", script, "-");
        ledger.started("job-handler", report, "claim-1");

        assertThat(StartedOnce.violations(ExecutionLedger.read(ledger.file()), expected))
                .singleElement().asString().contains(script.toString());
    }

    @Test
    void aSuccessNobodyStartedMeansTheLedgerIsNotWired() {
        ExecutionLedger ledger = new ExecutionLedger(dir.resolve("ledger.tsv"));
        ledger.started("agent", script, "-");

        assertThat(StartedOnce.violations(ExecutionLedger.read(ledger.file()), expected))
                .singleElement().asString().contains(report.toString()).contains("never started");
    }
}
