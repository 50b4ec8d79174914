package io.activityplatform.messages.exchange;

import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * When a pending client activity may be delivered. Pure, so every replica decides alike.
 *
 * <p>{@code deliverDelayWindowSeconds} spreads a large batch (one request for thousands of computers) over
 * a window: each activity gets a fixed offset inside it, derived from its id, so the spread is deterministic
 * (a replay or another replica picks the same moment) and uniform over the batch.
 */
public final class DeliveryPolicy {

    private DeliveryPolicy() {
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

    /** QUEUED or SCHEDULED (WAITING needs its dependency too), due, and before its delivery deadline. */
    public static boolean isDue(ActivityState state, Instant now) {
        ActivityStatus status = state.status();
        if (status != ActivityStatus.QUEUED && status != ActivityStatus.SCHEDULED && status != ActivityStatus.WAITING) {
            return false;
        }
        Instant deadline = state.definition().deliverBefore();
        if (deadline != null && !now.isBefore(deadline)) {
            return false;
        }
        return !now.isBefore(dueAt(state));
    }

    static long spreadMillis(UUID id, int windowSeconds) {
        long mixed = id.getMostSignificantBits() * 31 + id.getLeastSignificantBits();
        return Math.floorMod(mixed ^ (mixed >>> 29), windowSeconds * 1000L);
    }
}
