package io.activityplatform.api.stream;

import io.activityplatform.api.mapping.StreamEvents;
import io.activityplatform.api.rest.dto.ActivityStreamEvent;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.service.projection.FoldedEvent;

/**
 * One applied event as the hub hands it to subscribers, from either source: this replica's after-commit or a
 * history row another replica committed. Subscribers judge it by {@code state} with {@code status} (the status
 * right after this event, which a history row knows even when the activity has moved on since), and a
 * per-activity stream ends after the item that {@code settles} the activity.
 *
 * @param state   the activity's state to judge the filter by (its definition, owner, creator, creation time)
 * @param status  the activity's status right after this event
 * @param settles true only for the event after which the activity is settled: nothing more is coming
 */
public record StreamItem(ActivityStreamEvent event, ActivityState state, ActivityStatus status, boolean settles) {

    /** An event this replica just committed. */
    public static StreamItem live(FoldedEvent folded) {
        ActivityState after = folded.after();
        return new StreamItem(StreamEvents.live(folded), after, after.status(), after.isSettled());
    }

    public int partition() {
        return event.partition();
    }

    public long offset() {
        return event.offset();
    }
}
