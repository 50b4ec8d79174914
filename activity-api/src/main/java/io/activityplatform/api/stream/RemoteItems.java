package io.activityplatform.api.stream;

import io.activityplatform.api.mapping.StreamEvents;
import io.activityplatform.api.model.HistoryRecord;
import io.activityplatform.events.fold.ActivityState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns history rows another replica committed into stream items, judged as the live path would have judged
 * them. The rows, states and last offsets come from one database snapshot, in which an activity's state is
 * the state after its last applied row (the projection writes both in one transaction). So a row settles the
 * activity only if it is that last row and the state is settled: a row behind the current state (say
 * QUEUED to IN_PROGRESS of an activity already SUCCEEDED) never ends a stream before the final event, and
 * the filter is judged by the status right after the row, not the current one.
 */
public final class RemoteItems {

    private RemoteItems() {
    }

    /** Items of the rows, in the rows' order; a row whose activity has no state (yet) is skipped. */
    public static List<StreamItem> of(List<HistoryRecord> rows, Map<UUID, ActivityState> states,
            Map<UUID, Long> lastApplied) {
        List<StreamItem> items = new ArrayList<>(rows.size());
        for (HistoryRecord row : rows) {
            ActivityState state = states.get(row.activityId());
            if (state == null || row.statusAfter() == null) {
                continue;
            }
            boolean last = lastApplied.getOrDefault(row.activityId(), Long.MIN_VALUE) == row.offset();
            items.add(new StreamItem(StreamEvents.replayed(row, state), state, row.statusAfter(),
                    last && state.isSettled()));
        }
        return items;
    }
}
