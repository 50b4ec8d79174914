package io.activityplatform.events.codec;

/** The two topics of the event log. */
public final class Topics {
    /** Key: activity id. One activity's events are totally ordered in one partition. */
    public static final String ACTIVITY_EVENTS = "activity-events";
    /** Key: computer id. */
    public static final String COMPUTER_EVENTS = "computer-events";

    private Topics() {
    }
}
