package io.activityplatform.service.projection;

import io.activityplatform.events.fold.ActivityState;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What one poll brought, folded: every activity record in log order, every computer record, and the
 * latest state of each activity the batch changed.
 */
public record ProjectionBatch(List<FoldedEvent> activityEvents, List<ComputerRecord> computerEvents,
        Map<UUID, ActivityState> changed) {

    public boolean isEmpty() {
        return activityEvents.isEmpty() && computerEvents.isEmpty();
    }
}
