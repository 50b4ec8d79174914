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

    public static Decision decide(Command command, ActivityState state, Integer ifMatch, Actor actor, String source,
            String reason, Instant now) {
        if (ifMatch != null && ifMatch != state.statusVersion()) {
            return new Decision(null, Problems.stale(state, ifMatch));
        }
        ActivityStatus target = command.target(state);
        ActivityStatus required = command.requiredStatus();
        boolean allowed = (required == null || required == state.status())
                && ActivityStateMachine.isAllowed(state.kind(), state.status(), target);
        if (!allowed) {
            return new Decision(null, Problems.notAllowed(command, state));
        }
        String why = reason == null || reason.isBlank() ? command.pastTense() + " by " + actor.id() : reason.trim();
        return new Decision(new StatusChanged(UUID.randomUUID(), state.id(), now, actor, source, state.status(),
                target, state.statusVersion(), why, null, null), null);
    }
}
