package io.activityplatform.api.model;

import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;

/** The operator commands activity-api emits as status changes (design brief, "who emits what"). */
public enum Command {
    /** Any status the kind's table allows to go to CANCELED. */
    CANCEL("canceled"),
    /** BLOCKED → QUEUED, or → WAITING when the activity has a dependency. */
    APPROVE("approved"),
    /** QUEUED → BLOCKED: park it until approved. */
    HOLD("held");

    private final String pastTense;

    Command(String pastTense) {
        this.pastTense = pastTense;
    }

    public String pastTense() {
        return pastTense;
    }

    /** Where this command moves the activity. */
    public ActivityStatus target(ActivityState state) {
        return switch (this) {
            case CANCEL -> ActivityStatus.CANCELED;
            case APPROVE -> state.definition().waitFor() != null ? ActivityStatus.WAITING : ActivityStatus.QUEUED;
            case HOLD -> ActivityStatus.BLOCKED;
        };
    }

    /** The status the command starts from; null when the state machine alone decides (cancel). */
    public ActivityStatus requiredStatus() {
        return switch (this) {
            case CANCEL -> null;
            case APPROVE -> ActivityStatus.BLOCKED;
            case HOLD -> ActivityStatus.QUEUED;
        };
    }
}
