package io.activityplatform.events.rules;

import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.ProgressReported;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.event.WaitCondition;
import io.activityplatform.events.fold.ActivityFold;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.fold.FoldResult;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Activity states for rule tests, made with the real fold so they are states the view can hold. */
final class States {

    static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
    static final Actor JOB_HANDLER = Actor.service("job-handler");

    private ActivityState state;

    private States(ActivityState state) {
        this.state = state;
    }

    static ActivityDefinition server(Instant deliverAfter, Instant deliverBefore, WaitCondition waitFor,
            Integer timeoutSeconds) {
        return new ActivityDefinition("GenerateUsgReportActivity", null, null, null, Map.of(), deliverAfter,
                deliverBefore, null, waitFor, null, timeoutSeconds, 1, null, null);
    }

    static ActivityDefinition clientDefinition(Instant deliverAfter, Instant deliverBefore, WaitCondition waitFor,
            Integer timeoutSeconds) {
        return new ActivityDefinition("ExecuteScriptRequest", "c1", null, null,
                Map.of("interpreter", "/bin/sh", "code", "true"), deliverAfter, deliverBefore, null, waitFor, null,
                timeoutSeconds, 1, null, null);
    }

    static States created(ActivityDefinition definition, ActivityStatus initial) {
        return new States(null).apply(new ActivityCreated(UUID.randomUUID(), UUID.randomUUID(), T0,
                Actor.user("alice"), "test", definition, initial));
    }

    static States client(ActivityStatus initial) {
        return created(ActivityDefinition.of("ExecuteScriptRequest", "c1",
                Map.of("interpreter", "/bin/sh", "code", "true")), initial);
    }

    States to(ActivityStatus to, Instant at) {
        return to(to, at, Actor.user("alice"));
    }

    States to(ActivityStatus to, Instant at, Actor actor) {
        return apply(new StatusChanged(UUID.randomUUID(), state.id(), at, actor, "test", state.status(), to,
                state.statusVersion(), "test", null, null));
    }

    States progress(int percent) {
        return apply(new ProgressReported(UUID.randomUUID(), state.id(), T0, Actor.agent("c1"), "test", percent,
                null, state.outputSequence() + 1, false));
    }

    ActivityState get() {
        return state;
    }

    private States apply(ActivityEvent event) {
        FoldResult result = ActivityFold.apply(state, event);
        if (!result.applied()) {
            throw new IllegalStateException("fold rejected " + event + ": " + result);
        }
        state = result.state();
        return this;
    }
}
