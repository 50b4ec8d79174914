package io.activityplatform.events.rules;

import java.time.Instant;

/**
 * The one boundary convention of every time rule: a moment named in a definition is reached AT that moment.
 * Due at {@code deliverAfter}; a delivery deadline is missed at {@code deliverBefore} (not started before it);
 * an execution has timed out at {@code inProgressSince + timeoutSeconds}. Services' SQL pre-filters use
 * {@code <=} against now for the same reason.
 */
public final class Moments {

    private Moments() {
    }

    /** True when {@code moment} is set and {@code now} is at or after it. */
    public static boolean reached(Instant moment, Instant now) {
        return moment != null && !now.isBefore(moment);
    }
}
