package io.activityplatform.bench;

import io.activityplatform.events.ledger.ExecutionLedger;
import io.activityplatform.events.ledger.ExecutionLedger.Entry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Nothing run twice (issue 11 item 4): after each platform phase, reads the execution ledger every job-handler
 * replica appends to (common-events {@link ExecutionLedger}, one line per handler start) and counts the
 * activities started more than once over the whole run so far, which must be 0. A phase that ran server
 * activities but added fewer starts than it finished means the ledger is not wired, and fails too: a check
 * that sees nothing proves nothing.
 */
public final class LedgerCheck {

    private final Path file;
    private int seen;

    public LedgerCheck(Path file) {
        this.file = file;
    }

    /** One phase's verdict. */
    public record Verdict(String phase, int starts, int expectedAtLeast, Map<UUID, List<Entry>> startedTwice) {

        public boolean ok() {
            return startedTwice.isEmpty() && starts >= expectedAtLeast;
        }

        /** The report line; an explicit FAILED when anything started twice or starts are missing. */
        public String line() {
            String what = String.format("%s: %d handler starts in the phase (at least %d expected), %d activities "
                    + "started more than once in the run so far", phase, starts, expectedAtLeast, startedTwice.size());
            if (ok()) {
                return "- started once: " + what;
            }
            StringBuilder failed = new StringBuilder("- FAILED started once: " + what);
            startedTwice.entrySet().stream().limit(5).forEach(e -> failed.append(String.format("; %s started %d "
                    + "times (%s)", e.getKey(), e.getValue().size(), e.getValue().stream()
                    .map(s -> s.executor() + "/" + s.attempt()).toList())));
            return failed.toString();
        }
    }

    /**
     * Reads the ledger after {@code phase}, which finished at least {@code expectedStarts} activities that a
     * job-handler handler must have started (0 for a phase whose activities run elsewhere, e.g. on agents).
     */
    public Verdict after(String phase, int expectedStarts) {
        List<Entry> entries = ExecutionLedger.read(file);
        int starts = entries.size() - seen;
        seen = entries.size();
        return new Verdict(phase, starts, expectedStarts, ExecutionLedger.startedTwice(entries));
    }
}
