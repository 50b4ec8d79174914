package io.activityplatform.events.event;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What was asked for, fixed at creation and never changed by later events.
 *
 * @param type                      the wire name of the activity type, e.g. {@code ExecuteScriptRequest}
 * @param computerId                target computer; required for client activities, absent for server ones
 * @param parentId                  groups the per-computer activities of one multi-computer request
 * @param deliverAfter              not before this instant (SCHEDULED until then)
 * @param deliverBefore             delivery deadline: not started by then means FAILED DELIVERY_TIMED_OUT
 * @param deliverDelayWindowSeconds spread delivery of a large batch over this window
 * @param timeoutSeconds            execution time limit once IN_PROGRESS
 * @param attempt                   1 for the original, n for the n-th attempt
 * @param retryOf                   the original activity of a retry attempt
 * @param scheduleId                the recurring schedule whose firing created it
 */
public record ActivityDefinition(
        String type,
        String computerId,
        UUID parentId,
        String summary,
        Map<String, Object> parameters,
        Instant deliverAfter,
        Instant deliverBefore,
        Integer deliverDelayWindowSeconds,
        WaitCondition waitFor,
        RetryPolicy retry,
        Integer timeoutSeconds,
        int attempt,
        UUID retryOf,
        UUID scheduleId) {

    public ActivityDefinition {
        parameters = parameters == null ? Map.of() : parameters;
        attempt = attempt < 1 ? 1 : attempt;
    }

    /** A definition with only the essentials, for tests and simple producers. */
    public static ActivityDefinition of(String type, String computerId, Map<String, Object> parameters) {
        return new ActivityDefinition(type, computerId, null, null, parameters, null, null, null, null, null,
                null, 1, null, null);
    }
}
