package io.activityplatform.events.rules;

import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityKind;
import java.time.Instant;
import java.util.UUID;

/**
 * When a pending client activity may go to its computer. Pure, so every replica decides alike.
 *
 * <p>{@code deliverDelayWindowSeconds} spreads a large batch (one request for thousands of computers) over
 * a window: each activity gets a fixed offset inside it, derived from its id, so the spread is deterministic
 * (a replay or another replica picks the same moment) and uniform over the batch.
 */
public final class DeliveryRule {

    private DeliveryRule() {
    }

    /** The earliest moment the activity may go to its computer. */
    public static Instant dueAt(ActivityState state) {
        ActivityDefinition d = state.definition();
        Instant base = d.deliverAfter() != null ? d.deliverAfter() : state.createdAt();
        Integer window = d.deliverDelayWindowSeconds();
        if (window == null || window <= 0) {
            return base;
        }
        return base.plusMillis(spreadMillis(state.id(), window));
    }

    /**
     * A client activity that may be claimed now as far as time goes: startable (not BLOCKED, not running),
     * due, and its delivery deadline not reached. A WAITING one also needs {@link DependencyRule#verdict}.
     */
    public static boolean isDue(ActivityState state, Instant now) {
        return state.kind() == ActivityKind.CLIENT
                && RuleStatuses.startable(state.kind()).contains(state.status())
                && !DeadlineRule.missed(state, now)
                && Moments.reached(dueAt(state), now);
    }

    static long spreadMillis(UUID id, int windowSeconds) {
        long mixed = id.getMostSignificantBits() * 31 + id.getLeastSignificantBits();
        return Math.floorMod(mixed ^ (mixed >>> 29), windowSeconds * 1000L);
    }
}
