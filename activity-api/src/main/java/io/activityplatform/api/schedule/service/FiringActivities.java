package io.activityplatform.api.schedule.service;

import io.activityplatform.api.schedule.model.ActivityTemplate;
import io.activityplatform.api.schedule.model.LoadedSchedule;
import io.activityplatform.api.schedule.model.Schedule;
import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.ids.DeterministicIds;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

    /** The creates of one firing of the loaded schedule: its account's activities, for its own computers only. */
    public static List<ActivityCreated> creates(LoadedSchedule loaded, Instant fireAt, Instant now, Actor actor,
            String source) {
        Schedule s = loaded.schedule();
        return creates(s.id(), s.template(), s.accountId(), loaded.foreignComputers(), fireAt, now, actor, source);
    }

    /**
     * @param account the schedule's account: every created activity belongs to it
     * @param foreign template computers of another account, for which nothing is created
     */
    public static List<ActivityCreated> creates(UUID scheduleId, ActivityTemplate template, String account,
            Set<String> foreign, Instant fireAt, Instant now, Actor actor, String source) {
        UUID firing = firingId(scheduleId, fireAt);
        List<String> computers = template.computerIds();
        if (computers.size() <= 1) {
            String computer = computers.isEmpty() ? null : computers.get(0);
            // a server template has no computer (and Set.of() refuses to look up null)
            boolean theirs = computer != null && foreign.contains(computer);
            return theirs ? List.of() : List.of(create(firing,
                    definition(template, computer, null, scheduleId, account), now, actor, source));
        }
        List<ActivityCreated> creates = new ArrayList<>(computers.size());
        for (String computer : computers) {
            if (foreign.contains(computer)) {
                continue;
            }
            UUID child = DeterministicIds.childActivity(firing, computer);
            creates.add(create(child, definition(template, computer, firing, scheduleId, account), now, actor,
                    source));
        }
        return creates;
    }

    private static ActivityDefinition definition(ActivityTemplate t, String computer, UUID parent, UUID scheduleId,
            String account) {
        return new ActivityDefinition(t.type(), computer, parent, t.summary(), t.parameters(), null, null, null,
                null, t.retry(), t.timeoutSeconds(), 1, null, scheduleId, account);
    }

    private static ActivityCreated create(UUID id, ActivityDefinition definition, Instant now, Actor actor,
            String source) {
        // The event id is derived too, so consumers that de-duplicate by ce_id drop a second replica's create.
        return new ActivityCreated(DeterministicIds.reactionEvent(id, "schedule-firing", 0), id, now, actor, source,
                definition, ActivityStatus.QUEUED);
    }
}
