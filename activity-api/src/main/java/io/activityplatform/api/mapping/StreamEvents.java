package io.activityplatform.api.mapping;

import io.activityplatform.api.model.HistoryRecord;
import io.activityplatform.api.rest.dto.ActivityStreamEvent;
import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.ProgressReported;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.service.projection.FoldedEvent;

/**
 * Stream events from a live folded event or from a history record (replay). Both give the same fields, so
 * a client cannot tell a replayed event from a live one.
 */
public final class StreamEvents {

    private StreamEvents() {
    }

    /** True for what the list-like stream carries: creations and applied status changes. */
    public static boolean isStatusEvent(String eventType) {
        return ActivityCreated.TYPE.equals(eventType) || StatusChanged.TYPE.equals(eventType);
    }

    public static ActivityStreamEvent live(FoldedEvent folded) {
        ActivityEvent event = folded.event();
        ActivityState after = folded.after();
        var d = after.definition();
        return new ActivityStreamEvent(after.id(), event.eventId(), event.eventType(), event.occurredAt(),
                event.actor(), event.source(), folded.before() == null ? null : folded.before().status(),
                after.status(), after.statusVersion(), d.type(), after.kind(), d.computerId(), d.parentId(),
                event instanceof StatusChanged change ? change.reason() : null,
                event instanceof ProgressReported progress ? progress.percent() : null,
                folded.partition(), folded.offset());
    }

    public static ActivityStreamEvent replayed(HistoryRecord r, ActivityState state) {
        Object reason = r.details().get("reason");
        Object percent = r.details().get("percent");
        var d = state.definition();
        return new ActivityStreamEvent(r.activityId(), r.eventId(), r.eventType(), r.occurredAt(), r.actor(),
                r.source(), r.statusBefore(), r.statusAfter(), r.versionAfter() == null ? 0 : r.versionAfter(),
                d.type(), state.kind(), d.computerId(), d.parentId(), reason == null ? null : reason.toString(),
                percent instanceof Number n ? Integer.valueOf(n.intValue()) : null, r.partition(), r.offset());
    }
}
