package io.activityplatform.api.model;

import io.activityplatform.events.event.Actor;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One row of {@code activity_history}: an event as the fold judged it, at its place in the log.
 *
 * @param statusAfter   the status after the event (unchanged when rejected); null if the activity never existed
 * @param versionAfter  the status version after the event, likewise
 * @param details       event-specific facts (from, to, expectedVersion, reason, result, error, percent, ...)
 */
public record HistoryRecord(int partition, long offset, UUID activityId, UUID eventId, String eventType,
        Instant occurredAt, Actor actor, String source, boolean applied, String rejection, String rejectionDetail,
        ActivityStatus statusBefore, ActivityStatus statusAfter, Integer versionAfter, Map<String, Object> details) {
}
