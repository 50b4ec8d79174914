package io.activityplatform.api.mapping;

import static io.activityplatform.api.support.States.change;
import static io.activityplatform.api.support.States.state;
import static io.activityplatform.api.support.States.then;
import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.api.rest.dto.ActivityRepresentation;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActivityMapperTest {

    @Test
    void aQueuedActivityShowsItsDefinitionAndWhereItMayGo() {
        ActivityState queued = state(ActivityStatus.QUEUED);

        ActivityRepresentation r = ActivityMapper.toRepresentation(queued);

        assertThat(r.id()).isEqualTo(queued.id());
        assertThat(r.type()).isEqualTo("ExecuteScriptRequest");
        assertThat(r.computerId()).isEqualTo("c1");
        assertThat(r.statusVersion()).isEqualTo(1);
        assertThat(r.createdBy()).isEqualTo(Actor.user("alice"));
        assertThat(r.result()).isNull();
        assertThat(r.allowedTransitions()).containsExactly(ActivityStatus.BLOCKED, ActivityStatus.IN_PROGRESS,
                ActivityStatus.CANCELED);
        assertThat(r.output().href()).isEqualTo("/activities/" + queued.id() + "/output");
        assertThat(r.output().chars()).isZero();
    }

    @Test
    void artifactsAreLinkedByAnEncodedNameNotInlined() {
        ActivityState queued = state(ActivityStatus.QUEUED);
        ActivityState running = then(queued, change(queued, ActivityStatus.IN_PROGRESS, 1));
        ActivityState done = then(running, new StatusChanged(UUID.randomUUID(), running.id(), running.updatedAt(),
                Actor.service("job-handler"), "job-handler", null, ActivityStatus.SUCCEEDED, 2, "ok",
                new ActivityResult(0, "fine", List.of(new ActivityResult.Artifact("my report+1.csv", "text/csv",
                        "a,b\n"))), null));

        var result = ActivityMapper.toRepresentation(done).result();

        assertThat(result.code()).isZero();
        assertThat(result.artifacts()).singleElement().satisfies(a -> {
            assertThat(a.chars()).isEqualTo(4);
            assertThat(a.href()).isEqualTo("/activities/" + done.id() + "/result/artifacts/my%20report%2B1.csv");
        });
        assertThat(ActivityMapper.toRepresentation(done).allowedTransitions()).isEmpty();
    }
}
