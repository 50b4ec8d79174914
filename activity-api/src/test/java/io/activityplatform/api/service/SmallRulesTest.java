package io.activityplatform.api.service;

import static io.activityplatform.api.support.States.change;
import static io.activityplatform.api.support.States.state;
import static io.activityplatform.api.support.States.then;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activityplatform.events.computer.ComputerState;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.service.rest.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small pure rules of the services: target computers, SSE resume points, artifact lookup. */
class SmallRulesTest {

    @Test
    void onlyAcceptedComputersMayBeTargeted() {
        assertThat(ReferenceChecks.problem("c1", ComputerState.Status.ACCEPTED)).isEmpty();
        assertThat(ReferenceChecks.problem("c1", ComputerState.Status.PENDING)).get().asString()
                .contains("pending");
        assertThat(ReferenceChecks.problem("c1", ComputerState.Status.REMOVED)).get().asString()
                .contains("removed");
        assertThat(ReferenceChecks.problem("c1", null)).get().asString().contains("unknown");
    }

    @Test
    void aStreamResumesAfterTheOffsetOfLastEventId() {
        assertThat(StreamService.offsetOf(null)).isEqualTo(-1);
        assertThat(StreamService.offsetOf("4-1200")).isEqualTo(1200);
        assertThatThrownBy(() -> StreamService.offsetOf("4-x")).isInstanceOf(ProblemException.class);
    }

    @Test
    void artifactsAreFoundByNameOnlyOnAResult() {
        ActivityState queued = state(ActivityStatus.QUEUED);
        ActivityState running = then(queued, change(queued, ActivityStatus.IN_PROGRESS, 1));
        StatusChanged done = new StatusChanged(java.util.UUID.randomUUID(), running.id(), running.updatedAt(),
                running.claimedBy(), "job-handler", null, ActivityStatus.SUCCEEDED, 2, "done",
                new ActivityResult(0, "ok", List.of(new ActivityResult.Artifact("a.json", "application/json", "{}"))),
                null);
        ActivityState succeeded = then(running, done);

        assertThat(OutputReader.artifactOf(succeeded, "a.json").content()).isEqualTo("{}");
        assertThatThrownBy(() -> OutputReader.artifactOf(succeeded, "b.json")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("a.json");
        assertThatThrownBy(() -> OutputReader.artifactOf(queued, "a.json")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("no result");
    }
}
