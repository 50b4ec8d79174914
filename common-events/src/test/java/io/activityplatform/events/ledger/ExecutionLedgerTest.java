package io.activityplatform.events.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activityplatform.events.ledger.ExecutionLedger.Entry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutionLedgerTest {

    @TempDir
    Path dir;

    @Test
    void anOperationStartedTwiceIsFoundWhoeverStartedIt() {
        ExecutionLedger ledger = new ExecutionLedger(dir.resolve("ledger.tsv"));
        UUID once = UUID.randomUUID();
        UUID twice = UUID.randomUUID();
        ledger.started("agent:computer-1", once, "-");
        ledger.started("job-handler", twice, "claim-1");
        ledger.started("job-handler", twice, "claim-1");

        List<Entry> entries = ExecutionLedger.read(ledger.file());

        assertThat(entries).hasSize(3);
        assertThat(ExecutionLedger.startedTwice(entries)).containsOnlyKeys(twice);
        assertThat(ExecutionLedger.startedTwice(entries).get(twice)).extracting(Entry::attempt)
                .containsExactly("claim-1", "claim-1");
    }

    @Test
    void aLedgerWhereEverythingStartedOnceHasNoDuplicatesAndNoFileIsEmpty() {
        ExecutionLedger ledger = new ExecutionLedger(dir.resolve("ledger.tsv"));
        ledger.started("agent:a", UUID.randomUUID(), null);
        ledger.started("agent:b", UUID.randomUUID(), "x\ty");

        assertThat(ExecutionLedger.startedTwice(ExecutionLedger.read(ledger.file()))).isEmpty();
        assertThat(ExecutionLedger.read(ledger.file())).extracting(Entry::attempt).containsExactly("-", "x y");
        assertThat(ExecutionLedger.read(dir.resolve("absent.tsv"))).isEmpty();
    }

    @Test
    void concurrentWritersLeaveWholeLines() throws Exception {
        ExecutionLedger ledger = new ExecutionLedger(dir.resolve("ledger.tsv"));
        ExecutorService writers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 400; i++) {
            writers.execute(() -> ledger.started("agent:concurrent", UUID.randomUUID(), "attempt"));
        }
        writers.shutdown();
        assertThat(writers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

        List<Entry> entries = ExecutionLedger.read(ledger.file());

        assertThat(entries).hasSize(400);
        assertThat(ExecutionLedger.startedTwice(entries)).isEmpty();
    }

    @Test
    void aCorruptLineIsAnErrorNotASilentlySkippedStart() throws Exception {
        Path file = dir.resolve("ledger.tsv");
        Files.writeString(file, "job-handler\tnot-a-line\n");

        assertThatThrownBy(() -> ExecutionLedger.read(file)).isInstanceOf(IllegalStateException.class);
    }
}
