package io.activityplatform.api.schedule.service;

import io.activityplatform.api.schedule.model.ActivityTemplate;
import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.ids.DeterministicIds;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The creates of one firing. Every id derives from (schedule, fire instant), so whichever replica fires, and
 * however often, the log holds one applied create per activity: the fold rejects the others as duplicates.
 * With several computers the firing id becomes the parent id and each child's id derives from it.
 */
public final class FiringActivities {

    private FiringActivities() {
    }

    /** The id under which a firing is recorded: the activity's, or the parent's for several computers. */
    public static UUID firingId(UUID scheduleId, Instant fireAt) {
        return DeterministicIds.scheduleFiring(scheduleId, fireAt);
    }

    public static List<ActivityCreated> creates(UUID scheduleId, ActivityTemplate template, Instant fireAt,
            Instant now, Actor actor, String source) {
        UUID firing = firingId(scheduleId, fireAt);
        List<String> computers = template.computerIds();
        if (computers.size() <= 1) {
            String computer = computers.isEmpty() ? null : computers.get(0);
            return List.of(create(firing, definition(template, computer, null, scheduleId), now, actor, source));
        }
        List<ActivityCreated> creates = new ArrayList<>(computers.size());
        for (String computer : computers) {
            UUID child = DeterministicIds.childActivity(firing, computer);
            creates.add(create(child, definition(template, computer, firing, scheduleId), now, actor, source));
        }
        return creates;
    }

    private static ActivityDefinition definition(ActivityTemplate t, String computer, UUID parent, UUID scheduleId) {
        return new ActivityDefinition(t.type(), computer, parent, t.summary(), t.parameters(), null, null, null,
                null, t.retry(), t.timeoutSeconds(), 1, null, scheduleId);
    }

    private static ActivityCreated create(UUID id, ActivityDefinition definition, Instant now, Actor actor,
            String source) {
        // The event id is derived too, so consumers that de-duplicate by ce_id drop a second replica's create.
        return new ActivityCreated(DeterministicIds.reactionEvent(id, "schedule-firing", 0), id, now, actor, source,
                definition, ActivityStatus.QUEUED);
    }
}
