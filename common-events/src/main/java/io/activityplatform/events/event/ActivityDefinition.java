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
 * @param accountId                 the tenant owning the activity: a client activity's is its computer's
 *                                  account, a server activity's the one its creator chose. Absent in events
 *                                  written before tenancy: such an activity belongs to no account, still
 *                                  folds and runs, but no user's read shows it (docs/architecture.md
 *                                  "Tenancy of activities, schedules and calendars").
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
        UUID scheduleId,
        String accountId) {

    public ActivityDefinition {
        parameters = parameters == null ? Map.of() : parameters;
        attempt = attempt < 1 ? 1 : attempt;
    }

    /** A definition written before tenancy (no account), as old events decode; kept for tests. */
    public ActivityDefinition(String type, String computerId, UUID parentId, String summary,
            Map<String, Object> parameters, Instant deliverAfter, Instant deliverBefore,
            Integer deliverDelayWindowSeconds, WaitCondition waitFor, RetryPolicy retry, Integer timeoutSeconds,
            int attempt, UUID retryOf, UUID scheduleId) {
        this(type, computerId, parentId, summary, parameters, deliverAfter, deliverBefore, deliverDelayWindowSeconds,
                waitFor, retry, timeoutSeconds, attempt, retryOf, scheduleId, null);
    }

    /** A definition with only the essentials, for tests and simple producers. */
    public static ActivityDefinition of(String type, String computerId, Map<String, Object> parameters) {
        return of(type, computerId, parameters, null);
    }

    /** A definition with only the essentials, owned by {@code accountId}. */
    public static ActivityDefinition of(String type, String computerId, Map<String, Object> parameters,
            String accountId) {
        return new ActivityDefinition(type, computerId, null, null, parameters, null, null, null, null, null,
                null, 1, null, null, accountId);
    }

    /** The same definition owned by {@code account}. */
    public ActivityDefinition withAccount(String account) {
        return new ActivityDefinition(type, computerId, parentId, summary, parameters, deliverAfter, deliverBefore,
                deliverDelayWindowSeconds, waitFor, retry, timeoutSeconds, attempt, retryOf, scheduleId, account);
    }
}
