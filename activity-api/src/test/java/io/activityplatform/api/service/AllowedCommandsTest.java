package io.activityplatform.api.service;

import static io.activityplatform.api.support.States.change;
import static io.activityplatform.api.support.States.script;
import static io.activityplatform.api.support.States.state;
import static io.activityplatform.api.support.States.then;
import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.api.model.Command;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.WaitCondition;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AllowedCommandsTest {

    @ParameterizedTest
    @EnumSource(ActivityStatus.class)
    void listsExactlyTheCommandsTheCommandEndpointsWouldAccept(ActivityStatus status) {
        ActivityState state = in(status);

        var allowed = AllowedCommands.of(state);

        for (Command command : Command.values()) {
            boolean accepted = !CommandPlanner.decide(command, state, null, Actor.user("alice"), "test", null,
                    Instant.EPOCH).refused();
            assertThat(allowed.contains(command.name().toLowerCase(Locale.ROOT)))
                    .as("%s from %s", command, status).isEqualTo(accepted);
        }
        assertThat(allowed.contains(AllowedCommands.RETRY)).isEqualTo(AllowedCommands.retriable(status));
    }

    @Test
    void eachStatusOffersWhatAnOperatorExpects() {
        assertThat(AllowedCommands.of(in(ActivityStatus.BLOCKED))).containsExactly("cancel", "approve");
        assertThat(AllowedCommands.of(in(ActivityStatus.QUEUED))).containsExactly("cancel", "hold");
        assertThat(AllowedCommands.of(in(ActivityStatus.IN_PROGRESS))).containsExactly("cancel");
        assertThat(AllowedCommands.of(in(ActivityStatus.SUCCEEDED))).isEmpty();
        assertThat(AllowedCommands.of(in(ActivityStatus.FAILED))).containsExactly("retry");
        assertThat(AllowedCommands.of(in(ActivityStatus.CANCELED))).containsExactly("retry");
    }

    @Test
    void approvingAnActivityWithADependencyIsOfferedToo() {
        ActivityState blocked = state(script("c1", new WaitCondition(UUID.randomUUID(), WaitCondition.Until.values()[0], null)), ActivityStatus.BLOCKED);

        assertThat(AllowedCommands.of(blocked)).contains("approve");
    }

    static ActivityState in(ActivityStatus status) {
        if (status.isInitial()) {
            return state(status);
        }
        ActivityState base = state(ActivityStatus.QUEUED);
        ActivityState running = then(base, change(base, ActivityStatus.IN_PROGRESS, 1));
        return status == ActivityStatus.IN_PROGRESS ? running : then(running, change(running, status, 2));
    }
}
