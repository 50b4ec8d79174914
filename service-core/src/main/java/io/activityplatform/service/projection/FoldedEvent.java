package io.activityplatform.service.projection;

import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.fold.FoldResult;
import io.activityplatform.events.fold.Rejection;
import java.time.Instant;
import java.util.UUID;

/**
 * One record of {@code activity-events} after the fold: where it sat in the log, what it said, the state
 * before it, and the fold's answer. A malformed record has no event and counts as rejected
 * ({@link Rejection#MALFORMED}); {@code malformedActivityId} / {@code malformedEventId} are the ids it still
 * names legibly, if any, so it can be filed in that activity's history, and {@code loggedAt} is the record's
 * log timestamp (the same for every service), the only time a malformed record reliably has.
 */
public record FoldedEvent(int partition, long offset, ActivityEvent event, String malformedReason,
        ActivityState before, FoldResult result, UUID malformedActivityId, UUID malformedEventId,
        Instant loggedAt) {

    public FoldedEvent(int partition, long offset, ActivityEvent event, String malformedReason,
            ActivityState before, FoldResult result) {
        this(partition, offset, event, malformedReason, before, result, null, null, null);
    }

    public boolean malformed() {
        return event == null;
    }

    public boolean applied() {
        return result != null && result.applied();
    }

    /** The state after this event (unchanged when rejected). */
    public ActivityState after() {
        return result == null ? before : result.state();
    }

    public Rejection rejection() {
        if (malformed()) {
            return Rejection.MALFORMED;
        }
        return result instanceof FoldResult.Rejected r ? r.reason() : null;
    }

    public String rejectionDetail() {
        if (malformed()) {
            return malformedReason;
        }
        return result instanceof FoldResult.Rejected r ? r.detail() : null;
    }
}
