package io.activityplatform.events.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.ComputerEvent;
import io.activityplatform.events.event.ProgressReported;
import io.activityplatform.events.event.ResultRecorded;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The structural checks every service applies at decode time, one missing field at a time, so each
 * rejection names the field and complete events pass.
 */
class EventChecksTest {

    private static final UUID EVENT = UUID.randomUUID();
    private static final UUID ACTIVITY = UUID.randomUUID();
    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
    private static final Actor ACTOR = Actor.user("alice");
    private static final ActivityDefinition DEFINITION = ActivityDefinition.of("ArchiveRequest", null,
            Map.of("olderThanDays", 30));

    private static StatusChanged change(UUID eventId, UUID activityId, Instant at, Actor actor, ActivityStatus to,
            ActivityResult result) {
        return new StatusChanged(eventId, activityId, at, actor, "job-handler", null, to, null, "r", result, null);
    }

    @Test
    void completeEventsOfEveryKindPass() {
        assertThat(EventChecks.violation(new ActivityCreated(EVENT, ACTIVITY, AT, ACTOR, "activity-api", DEFINITION,
                ActivityStatus.QUEUED))).isNull();
        assertThat(EventChecks.violation(change(EVENT, ACTIVITY, AT, ACTOR, ActivityStatus.CANCELED, null))).isNull();
        assertThat(EventChecks.violation(new ProgressReported(EVENT, ACTIVITY, AT, ACTOR, "message-system", null,
                null, 0, false, null))).isNull();
        assertThat(EventChecks.violation(new ResultRecorded(EVENT, ACTIVITY, AT, ACTOR, "message-system",
                ActivityStatus.FAILED, null, null))).isNull();
        assertThat(EventChecks.violation(new ComputerEvent.Accepted(EVENT, "c1", AT, ACTOR, "message-system")))
                .isNull();
    }

    @Test
    void theCommonFieldsAreCheckedInOrder() {
        assertThat(EventChecks.missingRequiredField(change(null, null, null, null, null, null))).isEqualTo("eventId");
        assertThat(EventChecks.missingRequiredField(change(EVENT, null, null, null, null, null)))
                .isEqualTo("activityId");
        assertThat(EventChecks.missingRequiredField(change(EVENT, ACTIVITY, null, null, null, null)))
                .isEqualTo("occurredAt");
        assertThat(EventChecks.missingRequiredField(change(EVENT, ACTIVITY, AT, null, null, null)))
                .isEqualTo("actor");
        assertThat(EventChecks.missingRequiredField(change(EVENT, ACTIVITY, AT, ACTOR, null, null))).isEqualTo("to");
        assertThat(EventChecks.violation(change(EVENT, ACTIVITY, AT, ACTOR, null, null)))
                .isEqualTo("missing required field to");
    }

    @Test
    void aCreationNeedsItsDefinitionTypeAndInitialStatus() {
        assertThat(EventChecks.missingRequiredField(new ActivityCreated(EVENT, ACTIVITY, AT, ACTOR, "activity-api",
                null, ActivityStatus.QUEUED))).isEqualTo("definition");
        assertThat(EventChecks.missingRequiredField(new ActivityCreated(EVENT, ACTIVITY, AT, ACTOR, "activity-api",
                DEFINITION, null))).isEqualTo("initialStatus");
    }

    @Test
    void aLateResultNeedsTheReportedStatus() {
        assertThat(EventChecks.missingRequiredField(new ResultRecorded(EVENT, ACTIVITY, AT, ACTOR, "message-system",
                null, null, null))).isEqualTo("reportedStatus");
    }

    @Test
    void computerEventsNeedIdComputerAndTime() {
        assertThat(EventChecks.missingRequiredField(new ComputerEvent.Removed(null, "c1", AT, ACTOR, "x", null)))
                .isEqualTo("eventId");
        assertThat(EventChecks.missingRequiredField(new ComputerEvent.Removed(EVENT, null, AT, ACTOR, "x", null)))
                .isEqualTo("computerId");
        assertThat(EventChecks.missingRequiredField(new ComputerEvent.Removed(EVENT, "c1", null, ACTOR, "x", null)))
                .isEqualTo("occurredAt");
        // the actor of a computer event is optional: registrations by landscape-config name none
        assertThat(EventChecks.missingRequiredField(new ComputerEvent.Removed(EVENT, "c1", AT, null, "x", null)))
                .isNull();
    }

    @Test
    void artifactsAreBoundedTogetherAtExactlyTheLimit() {
        int half = ActivityResult.MAX_ARTIFACT_CHARS / 2;
        ActivityResult atLimit = new ActivityResult(0, "ok", List.of(artifact("a", half),
                artifact("b", ActivityResult.MAX_ARTIFACT_CHARS - half)), null);
        ActivityResult overLimit = new ActivityResult(0, "ok", List.of(artifact("a", half),
                artifact("b", ActivityResult.MAX_ARTIFACT_CHARS - half + 1)), null);

        assertThat(EventChecks.violation(change(EVENT, ACTIVITY, AT, ACTOR, ActivityStatus.SUCCEEDED, atLimit)))
                .isNull();
        assertThat(EventChecks.violation(change(EVENT, ACTIVITY, AT, ACTOR, ActivityStatus.SUCCEEDED, overLimit)))
                .startsWith("result.artifacts");
        assertThat(EventChecks.violation(new ResultRecorded(EVENT, ACTIVITY, AT, ACTOR, "message-system",
                ActivityStatus.SUCCEEDED, overLimit, null))).startsWith("result.artifacts");
    }

    @Test
    void somethingThatIsNoEventHasNoMissingField() {
        assertThat(EventChecks.violation("not an event")).isNull();
    }

    private static ActivityResult.Artifact artifact(String name, int chars) {
        return new ActivityResult.Artifact(name, "text/plain", "x".repeat(chars));
    }
}
