package io.activityplatform.api.service;

import io.activityplatform.api.model.Command;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStateMachine;
import io.activityplatform.service.rest.Problem;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The problem bodies of commands: 409 for the state machine, 412 for a stale If-Match. */
public final class Problems {

    private Problems() {
    }

    /** 409: the state machine forbids the command from the current status; names what is allowed. */
    public static Problem notAllowed(Command command, ActivityState state) {
        return conflict(state, "cannot " + verb(command) + " activity " + state.id() + ": it is " + state.status()
                + " (version " + state.statusVersion() + ")");
    }

    /** 409: the command was published but another change was applied first, and the fold rejected it. */
    public static Problem lostRace(Command command, ActivityState state, String rejection, String detail) {
        return conflict(state, "another change was applied first, so " + verb(command) + " was rejected ("
                + detail + "); the activity is now " + state.status() + " (version " + state.statusVersion() + ")")
                .with("rejection", rejection);
    }

    /** 412: the caller's If-Match names a version the activity no longer (or never) had. */
    public static Problem stale(ActivityState state, int expected) {
        return Problem.of(412, "Precondition failed", "If-Match expected status version " + expected
                        + " but activity " + state.id() + " is at version " + state.statusVersion())
                .with("currentStatus", state.status())
                .with("statusVersion", state.statusVersion());
    }

    /** 409: an id or Idempotency-Key already names an activity created from a different request. */
    public static Problem idempotencyConflict(String field, UUID existing) {
        Problem base = Problem.of(409, "Idempotency conflict", field
                + " was already used for a different request (activity " + existing + ")");
        return new Problem(base.type(), base.title(), 409, base.detail(), null,
                List.of(new Problem.FieldError(field, "already used for a different request")), Map.of());
    }

    public static Problem notFound(UUID id) {
        return Problem.of(404, "Not found", "no activity " + id);
    }

    private static Problem conflict(ActivityState state, String detail) {
        return Problem.of(409, "Transition not allowed", detail)
                .with("currentStatus", state.status())
                .with("statusVersion", state.statusVersion())
                .with("allowedTransitions", ActivityStateMachine.allowedTargets(state.kind(), state.status()));
    }

    private static String verb(Command command) {
        return command.name().toLowerCase();
    }
}
