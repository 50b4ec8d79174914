package io.activityplatform.service.claim;

import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import java.util.UUID;

/**
 * What the view shows of an activity's claim, without its state document: enough for an executor to learn that
 * its activity moved on ({@link #heldUnder}) and to say why.
 *
 * @param claimEventId the claim it runs under, or null when it never ran
 * @param errorCode    the code of the error it ended with, or null
 */
public record ClaimStatus(UUID activityId, ActivityStatus status, UUID claimEventId, String errorCode) {

    public static ClaimStatus of(ActivityState state) {
        return new ClaimStatus(state.id(), state.status(), state.claimEventId(),
                state.error() == null ? null : state.error().code());
    }

    /** The rule of {@link Claims#stillHeld}: IN_PROGRESS under that very claim; anything else means stop. */
    public boolean heldUnder(UUID claim) {
        return status == ActivityStatus.IN_PROGRESS && claim != null && claim.equals(claimEventId);
    }

    /** For an executor that stops: {@code "activity is now CANCELED"}, with the error code if any. */
    public String movedOnReason() {
        return "activity is now " + status + (errorCode == null ? "" : " (" + errorCode + ")");
    }
}
