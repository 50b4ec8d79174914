package io.activityplatform.api.service;

import io.activityplatform.api.model.Command;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStateMachine;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.rest.ProblemException;
import java.time.Instant;
import java.util.UUID;

/**
 * Decides whether a command may be sent, and builds its event. Pure.
 *
 * <p>The event always carries the status version the command was judged against as {@code expectedVersion},
 * with or without If-Match: a command is a decision about the state the caller (or this service) saw, so
 * when two commands race (cancel and approve on one BLOCKED activity) the log applies exactly one and the
 * fold rejects the other as VERSION_CONFLICT, in every service alike.
 */
public final class CommandPlanner {

    private CommandPlanner() {
    }

    /** What to do: publish {@code event}, or answer {@code refusal} without publishing. */
    public record Decision(StatusChanged event, Problem refusal) {
        public boolean refused() {
            return refusal != null;
        }
    }

    static final int MAX_REASON = 500;

    /** 400 unless the reason fits the history; {@code field} names it in the problem. */
    public static void checkReason(String reason, String field) {
        if (reason != null && reason.length() > MAX_REASON) {
            throw ProblemException.invalid(field, "at most " + MAX_REASON + " characters");
        }
    }

    /** Whether the state machine lets {@code command} act on {@code state} (its status, its kind's table). */
    public static boolean allows(Command command, ActivityState state) {
        ActivityStatus required = command.requiredStatus();
        return (required == null || required == state.status())
                && ActivityStateMachine.isAllowed(state.kind(), state.status(), command.target(state));
    }

    public static Decision decide(Command command, ActivityState state, Integer ifMatch, Actor actor, String source,
            String reason, Instant now) {
        // 409 before 412 (RFC 9110 §13.2.1: a failure the request would meet without its precondition takes
        // precedence): cancelling one that has finished since the caller looked is "it is final", which no
        // re-read can fix, not "your version is stale", which a re-read would.
        if (!allows(command, state)) {
            return new Decision(null, Problems.notAllowed(command, state));
        }
        if (ifMatch != null && ifMatch != state.statusVersion()) {
            return new Decision(null, Problems.stale(state, ifMatch));
        }
        ActivityStatus target = command.target(state);
        String why = reason == null || reason.isBlank() ? command.pastTense() + " by " + actor.id() : reason.trim();
        return new Decision(new StatusChanged(UUID.randomUUID(), state.id(), now, actor, source, state.status(),
                target, state.statusVersion(), why, null, null), null);
    }
}
