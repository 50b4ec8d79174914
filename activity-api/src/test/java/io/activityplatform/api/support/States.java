package io.activityplatform.api.support;

import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.event.WaitCondition;
import io.activityplatform.events.fold.ActivityFold;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Folded states for unit tests, built with the real fold rather than by hand. */
public final class States {

    public static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private States() {
    }

    public static ActivityDefinition script(String computer, WaitCondition waitFor) {
        return new ActivityDefinition("ExecuteScriptRequest", computer, null, "Run it",
                Map.of("interpreter", "/bin/sh", "code", "true"), null, null, null, waitFor, null, null, 1, null, null);
    }

    public static ActivityCreated created(UUID id, ActivityDefinition definition, ActivityStatus initial) {
        return new ActivityCreated(UUID.randomUUID(), id, T0, Actor.user("alice"), "activity-api", definition,
                initial);
    }

    public static ActivityState state(ActivityStatus initial) {
        return state(script("c1", null), initial);
    }

    public static ActivityState state(ActivityDefinition definition, ActivityStatus initial) {
        return ActivityFold.apply(null, created(UUID.randomUUID(), definition, initial)).state();
    }

    public static StatusChanged change(ActivityState state, ActivityStatus to, Integer expected) {
        return new StatusChanged(UUID.randomUUID(), state.id(), T0.plusSeconds(state.statusVersion()),
                Actor.service("message-system"), "message-system", state.status(), to, expected, "test", null, null);
    }

    /** The state after applying {@code event}, which must be applied. */
    public static ActivityState then(ActivityState state, ActivityEvent event) {
        var result = ActivityFold.apply(state, event);
        if (!result.applied()) {
            throw new IllegalStateException("not applied: " + result);
        }
        return result.state();
    }
}
