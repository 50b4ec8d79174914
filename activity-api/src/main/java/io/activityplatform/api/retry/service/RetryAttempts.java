package io.activityplatform.api.retry.service;

import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.RetryPolicy;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.ids.DeterministicIds;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The next attempt of an activity, automatic or manual. Pure.
 *
 * <p>Attempt {@code k} of a chain is always {@code DeterministicIds.retryAttempt(original, k)}, whoever creates it:
 * the automatic reaction, another replica, a replay, or an operator's {@code POST /activities/{id}/retry}. So a
 * chain never holds two attempts with the same number, and the fold rejects every second create.
 */
public final class RetryAttempts {

    private RetryAttempts() {
    }

    /** The first attempt's id: the activity itself, or the one it retries. */
    public static UUID original(ActivityState state) {
        UUID retryOf = state.definition().retryOf();
        return retryOf == null ? state.id() : retryOf;
    }

    public static int nextAttempt(ActivityState state) {
        return state.definition().attempt() + 1;
    }

    public static UUID nextId(ActivityState state) {
        return DeterministicIds.retryAttempt(original(state), nextAttempt(state));
    }

    /**
     * The automatic attempt after a FAILED activity whose retry policy has attempts left: SCHEDULED at the
     * failure time plus the backoff before that attempt. Empty when there is nothing to retry.
     */
    public static Optional<ActivityCreated> automatic(ActivityState failed, Actor actor, String source,
            Instant now) {
        RetryPolicy retry = failed.definition().retry();
        if (failed.status() != ActivityStatus.FAILED || retry == null
                || failed.definition().attempt() >= retry.maxAttempts()) {
            return Optional.empty();
        }
        int next = nextAttempt(failed);
        Instant failedAt = failed.finishedAt() == null ? failed.updatedAt() : failed.finishedAt();
        ActivityDefinition definition = definition(failed, failedAt.plus(retry.delayBefore(next)));
        // Derived event id: every replica's create is the same event, so consumers de-duplicating by ce_id drop
        // the copies the fold rejects.
        UUID eventId = DeterministicIds.reactionEvent(failed.id(), "retry", failed.statusVersion());
        return Optional.of(new ActivityCreated(eventId, nextId(failed), now, actor, source, definition,
                ActivityStatus.SCHEDULED));
    }

    /** An operator's retry of a FAILED or CANCELED activity: the next attempt, QUEUED, to run now. */
    public static ActivityCreated manual(ActivityState retried, Actor actor, String source, Instant now) {
        return new ActivityCreated(UUID.randomUUID(), nextId(retried), now, actor, source,
                definition(retried, null), ActivityStatus.QUEUED);
    }

    /**
     * The retried activity's definition for the next attempt: same type, parameters, computer, parent, schedule,
     * timeout and retry policy. Delivery constraints of the first delivery (deadline, spread window, dependency)
     * are not carried over: they were about that delivery and have passed or been settled.
     */
    static ActivityDefinition definition(ActivityState retried, Instant deliverAfter) {
        ActivityDefinition d = retried.definition();
        return new ActivityDefinition(d.type(), d.computerId(), d.parentId(), d.summary(), d.parameters(),
                deliverAfter, null, null, null, d.retry(), d.timeoutSeconds(), nextAttempt(retried),
                original(retried), d.scheduleId(), d.accountId());
    }
}
