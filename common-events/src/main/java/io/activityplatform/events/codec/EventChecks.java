package io.activityplatform.events.codec;

import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.event.ComputerEvent;
import io.activityplatform.events.event.ResultRecorded;
import io.activityplatform.events.event.StatusChanged;

/**
 * The fields without which an event means nothing. Checked at decode time so the fold only ever sees
 * structurally complete events, and every service rejects the same records.
 */
final class EventChecks {

    private EventChecks() {
    }

    /** Why the mapped event breaks a rule the JSON tree check cannot see, or null when it is complete and legal. */
    static String violation(Object event) {
        String missing = missingRequiredField(event);
        if (missing != null) {
            return "missing required field " + missing;
        }
        ActivityResult result = event instanceof StatusChanged s ? s.result()
                : event instanceof ResultRecorded r ? r.result() : null;
        if (result != null && result.artifactChars() > ActivityResult.MAX_ARTIFACT_CHARS) {
            return "result.artifacts: content longer than " + ActivityResult.MAX_ARTIFACT_CHARS + " characters together";
        }
        return null;
    }

    /** The name of the first missing required field, or null when complete. */
    static String missingRequiredField(Object event) {
        if (event instanceof ActivityEvent e) {
            if (e.eventId() == null) {
                return "eventId";
            }
            if (e.activityId() == null) {
                return "activityId";
            }
            if (e.occurredAt() == null) {
                return "occurredAt";
            }
            if (e.actor() == null) {
                return "actor";
            }
            if (e instanceof ActivityCreated c) {
                return c.definition() == null ? "definition"
                        : c.definition().type() == null ? "definition.type"
                        : c.initialStatus() == null ? "initialStatus" : null;
            }
            if (e instanceof StatusChanged s) {
                return s.to() == null ? "to" : null;
            }
            if (e instanceof ResultRecorded r) {
                return r.reportedStatus() == null ? "reportedStatus" : null;
            }
            return null;
        }
        if (event instanceof ComputerEvent c) {
            if (c.eventId() == null) {
                return "eventId";
            }
            if (c.computerId() == null) {
                return "computerId";
            }
            return c.occurredAt() == null ? "occurredAt" : null;
        }
        return null;
    }
}
