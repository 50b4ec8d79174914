package io.activityplatform.events.fold;

/** The fold's answer for one event: the new state, or why the event changed nothing. */
public sealed interface FoldResult {

    boolean applied();

    /** The state after the event; unchanged (possibly null) when rejected. */
    ActivityState state();

    record Applied(ActivityState state) implements FoldResult {
        @Override
        public boolean applied() {
            return true;
        }
    }

    record Rejected(ActivityState state, Rejection reason, String detail) implements FoldResult {
        @Override
        public boolean applied() {
            return false;
        }
    }
}
