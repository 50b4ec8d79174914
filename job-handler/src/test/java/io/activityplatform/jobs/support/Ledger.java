package io.activityplatform.jobs.support;

import io.activityplatform.events.ledger.ExecutionLedger;
import io.activityplatform.events.ledger.ExecutionLedger.Entry;
import io.activityplatform.jobs.config.JobsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/** The execution ledger the handlers append to in tests ({@code %test.jobs.execution-ledger}). */
@ApplicationScoped
public class Ledger {

    private final Path file;

    public Ledger(JobsConfig config) {
        this.file = config.executionLedger().orElseThrow(() -> new IllegalStateException("no execution ledger"));
    }

    /** The handler starts recorded for one activity. */
    public List<Entry> starts(UUID activityId) {
        return ExecutionLedger.read(file).stream().filter(e -> e.activityId().equals(activityId)).toList();
    }

    /** Whether the system test's check ({@link ExecutionLedger#startedTwice}) reports this activity. */
    public boolean reportedTwice(UUID activityId) {
        return ExecutionLedger.startedTwice(ExecutionLedger.read(file)).containsKey(activityId);
    }
}
