package io.activityplatform.events.schema;

import io.activityplatform.events.event.ActivityArchived;
import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.ActivityError;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.ComputerEvent;
import io.activityplatform.events.event.ProgressReported;
import io.activityplatform.events.event.ResultRecorded;
import io.activityplatform.events.event.RetryPolicy;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.event.WaitCondition;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Events as the services build them: every kind once with every optional field set (so every property of
 * the wire form appears) and once with only the required ones.
 */
final class ContractSamples {

    static final UUID ACTIVITY = UUID.fromString("0b6c5f4e-8d2a-4c1e-9f3b-2a7d6e5c4b3a");
    static final Instant AT = Instant.parse("2026-03-01T10:00:00.123456Z");
    static final Actor USER = Actor.user("alice", "Alice Example");

    private ContractSamples() {
    }

    static List<Object> full() {
        ActivityResult result = new ActivityResult(0, "done",
                List.of(new ActivityResult.Artifact("report.csv", "text/csv", "host,updates\nweb-1,3\n")), true);
        ActivityDefinition definition = new ActivityDefinition("ExecuteScriptRequest", "computer-7",
                UUID.randomUUID(), "nightly cleanup", Map.of("interpreter", "/bin/sh", "code", "echo hi"),
                AT, AT.plusSeconds(3600), 600, new WaitCondition(UUID.randomUUID(), WaitCondition.Until.PROGRESS, 50),
                new RetryPolicy(3, RetryPolicy.Backoff.EXPONENTIAL, 30, 600), 900, 2, UUID.randomUUID(),
                UUID.randomUUID(), "acme");
        return List.of(
                new ActivityCreated(UUID.randomUUID(), ACTIVITY, AT, USER, "activity-api", definition,
                        ActivityStatus.QUEUED),
                new StatusChanged(UUID.randomUUID(), ACTIVITY, AT, Actor.service("job-handler"), "job-handler",
                        ActivityStatus.IN_PROGRESS, ActivityStatus.FAILED, 2, "script failed", result,
                        new ActivityError("EXECUTION_FAILED", "exit status 2")),
                new ProgressReported(UUID.randomUUID(), ACTIVITY, AT, Actor.agent("computer-7"), "message-system",
                        40, "line 1\nline 2 ✓\n", 3, true, true),
                new ResultRecorded(UUID.randomUUID(), ACTIVITY, AT, Actor.agent("computer-7"), "message-system",
                        ActivityStatus.SUCCEEDED, result, new ActivityError("X", "y")),
                new ActivityArchived(UUID.randomUUID(), ACTIVITY, AT, Actor.service("job-handler"), "job-handler",
                        "archive-2026-03-01.jsonl.gz"),
                new ComputerEvent.Registered(UUID.randomUUID(), "computer-7", AT, Actor.agent("computer-7"),
                        "message-system", "acme", "Web 1", "web-1.example.org", List.of("web", "prod"), true),
                new ComputerEvent.Accepted(UUID.randomUUID(), "computer-7", AT, USER, "message-system"),
                new ComputerEvent.Removed(UUID.randomUUID(), "computer-7", AT, USER, "job-handler", "decommissioned"));
    }

    static List<Object> minimal() {
        return List.of(
                new ActivityCreated(UUID.randomUUID(), ACTIVITY, AT, USER, null,
                        ActivityDefinition.of("ArchiveRequest", null, null), ActivityStatus.BLOCKED),
                new StatusChanged(UUID.randomUUID(), ACTIVITY, AT, USER, null, null, ActivityStatus.CANCELED,
                        null, null, null, null),
                new ProgressReported(UUID.randomUUID(), ACTIVITY, AT, USER, null, null, null, 1, false),
                new ResultRecorded(UUID.randomUUID(), ACTIVITY, AT, USER, null, ActivityStatus.FAILED, null, null),
                new ActivityArchived(UUID.randomUUID(), ACTIVITY, AT, USER, null, null),
                new ComputerEvent.Registered(UUID.randomUUID(), "c", AT, null, null, null, null, null, null, false),
                new ComputerEvent.Accepted(UUID.randomUUID(), "c", AT, null, null),
                new ComputerEvent.Removed(UUID.randomUUID(), "c", AT, null, null, null));
    }
}
