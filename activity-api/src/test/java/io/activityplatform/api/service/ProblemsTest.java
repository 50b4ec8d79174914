package io.activityplatform.api.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.api.model.Command;
import io.activityplatform.api.support.States;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStateMachine;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.service.rest.Problem;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The command problems clients act on: the status code says which (409 state machine, 412 stale If-Match,
 * 404 absent), and the body carries the current status, version and what is allowed from here.
 */
class ProblemsTest {

    private final ActivityState running = States.then(States.state(ActivityStatus.QUEUED),
            States.change(States.state(ActivityStatus.QUEUED), ActivityStatus.IN_PROGRESS, null));

    @ParameterizedTest
    @EnumSource(Command.class)
    void aForbiddenCommandIsA409NamingTheCommandTheStatusAndWhatIsAllowed(Command command) {
        ActivityState state = States.state(ActivityStatus.BLOCKED);

        Problem problem = Problems.notAllowed(command, state);

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.detail()).contains(command.name().toLowerCase(), state.id().toString(), "BLOCKED",
                "version 1");
        assertThat(problem.properties()).containsEntry("currentStatus", ActivityStatus.BLOCKED)
                .containsEntry("statusVersion", 1)
                .containsEntry("allowedTransitions",
                        ActivityStateMachine.allowedTargets(state.kind(), ActivityStatus.BLOCKED));
    }

    @Test
    void aFinalActivityAllowsNoTransition() {
        ActivityState queued = States.state(ActivityStatus.QUEUED);
        ActivityState canceled = States.then(queued, States.change(queued, ActivityStatus.CANCELED, 1));

        Problem problem = Problems.notAllowed(Command.APPROVE, canceled);

        assertThat(problem.properties().get("allowedTransitions")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.COLLECTION).isEmpty();
        assertThat(problem.properties()).containsEntry("statusVersion", 2);
    }

    @Test
    void aLostRaceIsA409CarryingTheFoldsRejection() {
        Problem problem = Problems.lostRace(Command.CANCEL, running, "VERSION_CONFLICT", "expected version 1");

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.detail()).contains("cancel", "expected version 1", "IN_PROGRESS");
        assertThat(problem.properties()).containsEntry("rejection", "VERSION_CONFLICT")
                .containsEntry("currentStatus", ActivityStatus.IN_PROGRESS);
    }

    @Test
    void aStaleIfMatchIsA412WithBothVersions() {
        Problem problem = Problems.stale(running, 7);

        assertThat(problem.status()).isEqualTo(412);
        assertThat(problem.detail()).contains("version 7", "at version " + running.statusVersion());
        assertThat(problem.properties()).containsEntry("statusVersion", running.statusVersion())
                .containsEntry("currentStatus", ActivityStatus.IN_PROGRESS).doesNotContainKey("allowedTransitions");
    }

    @Test
    void anIdempotencyConflictIsA409NamingTheField() {
        UUID existing = UUID.randomUUID();

        Problem problem = Problems.idempotencyConflict("Idempotency-Key", existing);

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.detail()).contains(existing.toString());
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("Idempotency-Key");
    }

    @Test
    void anAbsentActivityIsA404NamingIt() {
        UUID id = UUID.randomUUID();

        assertThat(Problems.notFound(id).status()).isEqualTo(404);
        assertThat(Problems.notFound(id).detail()).contains(id.toString());
    }
}
