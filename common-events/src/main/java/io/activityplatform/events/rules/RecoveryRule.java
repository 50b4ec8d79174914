package io.activityplatform.events.rules;

import io.activityplatform.events.event.ActivityError;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.ErrorCodes;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What to do with an IN_PROGRESS server activity this service claimed: nothing while an execution of it is
 * alive (here, or elsewhere with a fresh heartbeat); otherwise the process running it died, and it is resumed
 * when its handler is idempotent, else FAILED with {@code INTERRUPTED}. A claim made only to fail a missed
 * delivery deadline is finished as {@code DELIVERY_TIMED_OUT}; a timed-out one is left to {@link TimeoutRule}.
 */
public final class RecoveryRule {

    public static final String NAME = "recovery";

    public enum Action { LEAVE, RESUME, FAIL }

    /** The decision; {@code failure} is set for {@link Action#FAIL}. */
    public record Recovery(Action action, Reaction failure) {
        static final Recovery LEAVE = new Recovery(Action.LEAVE, null);
        static final Recovery RESUME = new Recovery(Action.RESUME, null);
    }

    /** The last heartbeat of the execution that owns the claim; null when no execution was ever recorded. */
    public record Heartbeat(String instanceId, Instant at) {
    }

    private RecoveryRule() {
    }

    public static Recovery evaluate(ActivityState state, Heartbeat heartbeat, boolean runningHere,
            boolean idempotent, Actor owner, Instant now, Duration orphanAfter) {
        if (state.kind() != ActivityKind.SERVER || state.status() != ActivityStatus.IN_PROGRESS
                || !owner.equals(state.claimedBy()) || runningHere || TimeoutRule.timedOut(state, now)) {
            return Recovery.LEAVE;
        }
        Instant staleBefore = now.minus(orphanAfter);
        // A fresh claim may not have started its execution yet; a fresh heartbeat means it runs elsewhere.
        boolean recentClaim = state.inProgressSince() != null && state.inProgressSince().isAfter(staleBefore);
        boolean alive = heartbeat != null && heartbeat.at().isAfter(staleBefore);
        if (recentClaim || alive) {
            return Recovery.LEAVE;
        }
        Instant deadline = state.definition().deliverBefore();
        if (state.inProgressSince() != null && Moments.reached(deadline, state.inProgressSince())) {
            String message = "not started before deliverBefore " + deadline;
            return fail(state, message, ErrorCodes.DELIVERY_TIMED_OUT);
        }
        if (idempotent) {
            return Recovery.RESUME;
        }
        String message = "the job-handler process running it stopped"
                + (heartbeat == null ? "" : " (last heartbeat " + heartbeat.at() + " from " + heartbeat.instanceId() + ")")
                + "; its handler is not idempotent, so it is not run again";
        return fail(state, message, ErrorCodes.INTERRUPTED);
    }

    /**
     * Crash recovery of a claim made only to end an activity (claim-then-end for a missed delivery deadline),
     * for either kind: the claimer stopped between claim and end. Such a claim was made at or after the
     * deadline; once it is older than {@code orphanAfter} the activity is FAILED with DELIVERY_TIMED_OUT. The
     * caller passes only claims its ledger does not know as claims to act.
     */
    public static Optional<Reaction> unfinishedEnd(ActivityState state, Actor owner, Instant now,
            Duration orphanAfter) {
        Instant since = state.inProgressSince();
        Instant deadline = state.definition().deliverBefore();
        if (state.status() != ActivityStatus.IN_PROGRESS || !owner.equals(state.claimedBy()) || since == null
                || !Moments.reached(deadline, since) || !Moments.reached(since.plus(orphanAfter), now)) {
            return Optional.empty();
        }
        String message = "not started before deliverBefore " + deadline;
        return Optional.of(Reaction.of(NAME, state, ActivityStatus.FAILED, message,
                new ActivityError(ErrorCodes.DELIVERY_TIMED_OUT, message)));
    }

    private static Recovery fail(ActivityState state, String message, String code) {
        return new Recovery(Action.FAIL,
                Reaction.of(NAME, state, ActivityStatus.FAILED, message, new ActivityError(code, message)));
    }
}
