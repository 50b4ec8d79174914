package io.activityplatform.api.mapping;

import io.activityplatform.api.model.HistoryRecord;
import io.activityplatform.events.event.ActivityArchived;
import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityError;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.ProgressReported;
import io.activityplatform.events.event.ResultRecorded;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.service.projection.FoldedEvent;
import io.activityplatform.events.fold.Rejection;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A folded event as a history record. Only the facts an auditor needs go into {@code details}: artifacts are
 * named, not copied, and output chunks are counted, not copied (the view keeps the output), so the history
 * stays small and the projection fast.
 */
public final class HistoryRecords {

    private HistoryRecords() {
    }

    /** Event type of a history entry for a record the contract rejects. */
    public static final String MALFORMED_TYPE = "malformed";
    /** Who a malformed record's entry names: its own actor field cannot be trusted. */
    public static final Actor UNKNOWN_ACTOR = Actor.service("unknown");

    /**
     * The record of {@code folded}, or null for a malformed record that names no activity legibly. A malformed
     * record that does is filed under that activity, rejected as {@code MALFORMED} with the codec's reason.
     */
    public static HistoryRecord of(FoldedEvent folded) {
        ActivityEvent event = folded.event();
        if (event == null) {
            return malformed(folded);
        }
        ActivityState before = folded.before();
        ActivityState after = folded.after();
        return new HistoryRecord(folded.partition(), folded.offset(), event.activityId(), event.eventId(),
                event.eventType(), event.occurredAt(), event.actor(), event.source(), folded.applied(),
                folded.rejection() == null ? null : folded.rejection().name(), folded.rejectionDetail(),
                before == null ? null : before.status(), after == null ? null : after.status(),
                after == null ? null : after.statusVersion(), details(event));
    }

    private static HistoryRecord malformed(FoldedEvent folded) {
        UUID activityId = folded.malformedActivityId();
        if (activityId == null) {
            return null;
        }
        // No legible event id: one derived from the log position, the same in every rebuild.
        UUID eventId = folded.malformedEventId() != null ? folded.malformedEventId()
                : UUID.nameUUIDFromBytes(("malformed:" + folded.partition() + ":" + folded.offset())
                        .getBytes(StandardCharsets.UTF_8));
        ActivityState state = folded.before();
        Instant at = folded.loggedAt() == null ? Instant.EPOCH : folded.loggedAt();
        return new HistoryRecord(folded.partition(), folded.offset(), activityId, eventId, MALFORMED_TYPE, at,
                UNKNOWN_ACTOR, null, false, Rejection.MALFORMED.name(), folded.malformedReason(),
                state == null ? null : state.status(), state == null ? null : state.status(),
                state == null ? null : state.statusVersion(), Map.of());
    }

    static Map<String, Object> details(ActivityEvent event) {
        Map<String, Object> d = new LinkedHashMap<>();
        if (event instanceof ActivityCreated c) {
            put(d, "initialStatus", c.initialStatus());
            put(d, "type", c.definition().type());
            put(d, "computerId", c.definition().computerId());
            put(d, "parentId", c.definition().parentId());
        } else if (event instanceof StatusChanged s) {
            put(d, "from", s.from());
            put(d, "to", s.to());
            put(d, "expectedVersion", s.expectedVersion());
            put(d, "reason", s.reason());
            put(d, "result", result(s.result()));
            put(d, "error", error(s.error()));
        } else if (event instanceof ProgressReported p) {
            put(d, "percent", p.percent());
            put(d, "sequence", p.sequence());
            put(d, "outputChars", p.output() == null ? 0 : p.output().length());
            put(d, "truncated", p.truncated() ? Boolean.TRUE : null);
        } else if (event instanceof ResultRecorded r) {
            put(d, "reportedStatus", r.reportedStatus());
            put(d, "result", result(r.result()));
            put(d, "error", error(r.error()));
        } else if (event instanceof ActivityArchived a) {
            put(d, "archive", a.archive());
        }
        return d;
    }

    private static Map<String, Object> result(ActivityResult result) {
        if (result == null) {
            return null;
        }
        Map<String, Object> r = new LinkedHashMap<>();
        put(r, "code", result.code());
        put(r, "text", result.text());
        if (!result.artifacts().isEmpty()) {
            r.put("artifacts", result.artifacts().stream().map(ActivityResult.Artifact::name).toList());
        }
        return r;
    }

    private static Map<String, Object> error(ActivityError error) {
        if (error == null) {
            return null;
        }
        Map<String, Object> e = new LinkedHashMap<>();
        put(e, "code", error.code());
        put(e, "message", error.message());
        return e;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            // Enums and ids as plain strings, so the map reads back from jsonb exactly as it was written.
            map.put(key, value instanceof Enum<?> || value instanceof UUID ? value.toString() : value);
        }
    }
}
