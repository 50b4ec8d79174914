package io.activityplatform.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.ledger.ExecutionLedger;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's "nothing run twice" check: it passes on a clean ledger and fails on a planted fault. */
class LedgerCheckTest {

    @TempDir
    Path dir;

    @Test
    void aLedgerWithEveryActivityStartedOnceIsReportedAsSuch() {
        ExecutionLedger ledger = new ExecutionLedger(dir.resolve("ledger.tsv"));
        ledger.started("job-handler", UUID.randomUUID(), "claim-1");
        ledger.started("job-handler", UUID.randomUUID(), "claim-2");

        LedgerCheck.Verdict verdict = new LedgerCheck(ledger.file()).after("server", 2);

        assertThat(verdict.ok()).isTrue();
        assertThat(verdict.line()).isEqualTo("- started once: server: 2 handler starts in the phase (at least 2 "
                + "expected), 0 activities started more than once in the run so far");
    }

    @Test
    void plantedFaultAnActivityStartedByTwoReplicasIsReportedAsFailed() {
        ExecutionLedger ledger = new ExecutionLedger(dir.resolve("ledger.tsv"));
        UUID twice = UUID.randomUUID();
        ledger.started("job-handler", twice, "claim-a");
        ledger.started("job-handler", UUID.randomUUID(), "claim-b");
        ledger.started("job-handler", twice, "claim-c");

        LedgerCheck.Verdict verdict = new LedgerCheck(ledger.file()).after("no-op", 2);

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.startedTwice()).containsOnlyKeys(twice);
        assertThat(verdict.line()).startsWith("- FAILED started once: no-op: 3 handler starts")
                .contains("1 activities started more than once")
                .contains(twice + " started 2 times ([job-handler/claim-a, job-handler/claim-c])");
    }

    @Test
    void aDuplicateFromAnEarlierPhaseStillFailsTheLaterPhases() {
        ExecutionLedger ledger = new ExecutionLedger(dir.resolve("ledger.tsv"));
        UUID twice = UUID.randomUUID();
        ledger.started("job-handler", twice, "a");
        ledger.started("job-handler", twice, "b");
        LedgerCheck check = new LedgerCheck(ledger.file());
        assertThat(check.after("server", 1).ok()).isFalse();

        ledger.started("job-handler", UUID.randomUUID(), "c");
        LedgerCheck.Verdict later = check.after("no-op", 1);

        assertThat(later.starts()).isEqualTo(1); // only the phase's own starts count towards it
        assertThat(later.ok()).isFalse();
    }

    @Test
    void plantedFaultALedgerNobodyWritesFailsInsteadOfProvingNothing() {
        LedgerCheck.Verdict verdict = new LedgerCheck(dir.resolve("absent.tsv")).after("server", 300);

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.line()).startsWith("- FAILED started once: server: 0 handler starts in the phase "
                + "(at least 300 expected)");
    }

    @Test
    void aPhaseWhoseActivitiesRunOnAgentsExpectsNoHandlerStarts() {
        ExecutionLedger ledger = new ExecutionLedger(dir.resolve("ledger.tsv"));
        ledger.started("job-handler", UUID.randomUUID(), "a");
        LedgerCheck check = new LedgerCheck(ledger.file());
        check.after("server", 1);

        LedgerCheck.Verdict client = check.after("client", 0);

        assertThat(client.starts()).isZero();
        assertThat(client.ok()).isTrue();
    }
}
