package io.activityplatform.events.status;

import java.util.EnumSet;
import java.util.Set;

/** The eight statuses of seed 000/001. */
public enum ActivityStatus {
    QUEUED, SCHEDULED, WAITING, BLOCKED, IN_PROGRESS, SUCCEEDED, FAILED, CANCELED;

    private static final Set<ActivityStatus> INITIAL = EnumSet.of(QUEUED, SCHEDULED, WAITING, BLOCKED);
    private static final Set<ActivityStatus> FINAL = EnumSet.of(SUCCEEDED, FAILED, CANCELED);

    /** An activity can only be created in one of these: QUEUED, SCHEDULED, WAITING, BLOCKED. */
    public boolean isInitial() {
        return INITIAL.contains(this);
    }

    /** Once final, an activity's status never changes again. */
    public boolean isFinal() {
        return FINAL.contains(this);
    }

    /** Neither running nor finished: still waiting for someone to move it. */
    public boolean isPending() {
        return INITIAL.contains(this);
    }

    public static Set<ActivityStatus> initialStatuses() {
        return EnumSet.copyOf(INITIAL);
    }
}
