package io.activityplatform.events.fold;

import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.ActivityError;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.ProgressReported;
import io.activityplatform.events.event.ResultRecorded;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Builders for test events, so each test states only what it is about. */
public final class Events {

    public static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    public static final Actor OPERATOR = Actor.user("alice");
    public static final String CLIENT_TYPE = "ExecuteScriptRequest";
    public static final String SERVER_TYPE = "ArchiveRequest";

    private Events() {
    }

    public static String typeOf(ActivityKind kind) {
        return kind == ActivityKind.CLIENT ? CLIENT_TYPE : SERVER_TYPE;
    }

    public static ActivityCreated created(UUID id, ActivityKind kind, ActivityStatus initial) {
        String computer = kind == ActivityKind.CLIENT ? "computer-1" : null;
        return new ActivityCreated(UUID.randomUUID(), id, T0, OPERATOR, "activity-api",
                ActivityDefinition.of(typeOf(kind), computer, Map.of("code", "echo hi")), initial);
    }

    public static StatusChanged change(UUID id, ActivityStatus to, Integer expectedVersion) {
        return new StatusChanged(UUID.randomUUID(), id, T0.plusSeconds(1), Actor.service("job-handler"),
                "job-handler", null, to, expectedVersion, "test", null, null);
    }

    public static StatusChanged finish(UUID id, ActivityStatus to, Integer code, String errorCode) {
        return new StatusChanged(UUID.randomUUID(), id, T0.plusSeconds(2), Actor.agent("computer-1"),
                "message-system", ActivityStatus.IN_PROGRESS, to, null, "result", ActivityResult.of(code, "out"),
                errorCode == null ? null : new ActivityError(errorCode, "failed"));
    }

    public static ProgressReported progress(UUID id, Integer percent, String chunk, long sequence) {
        return new ProgressReported(UUID.randomUUID(), id, T0.plusSeconds(1), Actor.agent("computer-1"),
                "message-system", percent, chunk, sequence, false);
    }

    public static ResultRecorded lateResult(UUID id, ActivityStatus reported, int code) {
        return new ResultRecorded(UUID.randomUUID(), id, T0.plusSeconds(3), Actor.agent("computer-1"),
                "message-system", reported, ActivityResult.of(code, "late output"), null);
    }

    /** A state in any status, as if some events had been folded, for table-driven tests. */
    public static ActivityState stateIn(ActivityKind kind, ActivityStatus status, int version) {
        ActivityState created = ActivityFold.apply(null, created(UUID.randomUUID(), kind, ActivityStatus.QUEUED))
                .state();
        return new ActivityState(created.id(), kind, created.definition(), status, version, T0, OPERATOR, T0,
                null, OPERATOR, null, null, null, null, null, "", 0, false, null, null, false, false, false);
    }

    public static ActivityState fold(ActivityState start, Object... events) {
        ActivityState state = start;
        for (Object e : events) {
            state = ActivityFold.apply(state, (io.activityplatform.events.event.ActivityEvent) e).state();
        }
        return state;
    }
}
