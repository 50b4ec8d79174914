package io.activityplatform.events.rules;

import io.activityplatform.events.event.ActivityError;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import java.util.UUID;

/**
 * A status change a rule wants, conditional on the status version the rule saw: a replica that reacted to
 * the same state first wins and this one is rejected by the fold as a version conflict.
 *
 * @param rule       which rule decided it (stable: services derive deterministic event ids from it)
 * @param claimFirst the table does not allow {@code from → to} directly (QUEUED → FAILED): claim the
 *                   activity (→ IN_PROGRESS) first, then move it to {@code to} once the claim is applied
 */
public record Reaction(String rule, UUID activityId, ActivityStatus from, int expectedVersion, ActivityStatus to,
        String reason, ActivityError error, boolean claimFirst) {

    public static Reaction of(String rule, ActivityState seen, ActivityStatus to, String reason,
            ActivityError error) {
        return new Reaction(rule, seen.id(), seen.status(), seen.statusVersion(), to, reason, error, false);
    }

    public static Reaction claimThenFail(String rule, ActivityState seen, String reason, ActivityError error) {
        return new Reaction(rule, seen.id(), seen.status(), seen.statusVersion(), ActivityStatus.FAILED, reason,
                error, true);
    }
}
