package io.activityplatform.systemtests;

import io.activityplatform.events.ledger.ExecutionLedger;
import io.activityplatform.events.ledger.ExecutionLedger.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The scenario's count of real executions (issue 10 §6), from the execution ledger that job-handler's
 * handlers and the simulated agents append to: no activity may have been started twice, and every activity
 * predicted to succeed must have been started (else the ledger is not wired and the first check proves nothing).
 */
final class StartedOnce {

    private StartedOnce() {
    }

    /** What is wrong, at most 20 lines; empty when every operation started at most once and none is missing. */
    static List<String> violations(List<Entry> ledger, List<Expectation> expected) {
        List<String> wrong = new ArrayList<>();
        ExecutionLedger.startedTwice(ledger).forEach((id, starts) -> wrong.add(id + " started " + starts.size()
                + " times: " + starts.stream().map(s -> s.executor() + "/" + s.attempt()).toList()));
        Set<UUID> started = ledger.stream().map(Entry::activityId).collect(Collectors.toSet());
        expected.stream().filter(e -> "SUCCEEDED".equals(e.status()) && !started.contains(e.id()))
                .forEach(e -> wrong.add(e.group() + " " + e.id() + " succeeded but was never started"));
        return wrong.size() > 20 ? wrong.subList(0, 20) : wrong;
    }

    /** How many distinct operations this executor started. */
    static long operations(List<Entry> ledger, String executor) {
        return ledger.stream().filter(e -> e.executor().equals(executor)).map(Entry::activityId).distinct().count();
    }
}
