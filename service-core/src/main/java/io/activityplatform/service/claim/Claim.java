package io.activityplatform.service.claim;

import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityState;

/**
 * How a claim ended.
 *
 * @param event the claim (a move to IN_PROGRESS with the version seen and a fresh event id)
 * @param state the view's state after the claim was applied (IN_PROGRESS under this claim when WON); null when
 *              UNDECIDED
 */
public record Claim(Outcome outcome, StatusChanged event, ActivityState state) {

    public enum Outcome {
        /** The fold applied this very event as the activity's claim: the claimer, and only it, may act. */
        WON,
        /** Something else moved the activity first (another replica, an operator, an agent exchange). */
        LOST,
        /** The own view did not apply the claim within the bound: orphan recovery settles it later. */
        UNDECIDED
    }

    public boolean won() {
        return outcome == Outcome.WON;
    }
}
