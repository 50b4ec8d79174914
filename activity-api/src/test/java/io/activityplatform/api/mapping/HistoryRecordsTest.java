package io.activityplatform.api.mapping;

import static io.activityplatform.api.support.States.T0;
import static io.activityplatform.api.support.States.change;
import static io.activityplatform.api.support.States.created;
import static io.activityplatform.api.support.States.script;
import static io.activityplatform.api.support.States.state;
import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.api.model.HistoryRecord;
import io.activityplatform.events.event.ActivityArchived;
import io.activityplatform.events.event.ActivityError;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.ProgressReported;
import io.activityplatform.events.event.ResultRecorded;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityFold;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.service.projection.FoldedEvent;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HistoryRecordsTest {

    @Test
    void anAppliedCreationRecordsItsPositionActorAndInitialStatus() {
        UUID id = UUID.randomUUID();
        var created = created(id, script("c1", null), ActivityStatus.BLOCKED);

        HistoryRecord r = HistoryRecords.of(folded(null, created, 7, 42));

        assertThat(r.partition()).isEqualTo(7);
        assertThat(r.offset()).isEqualTo(42);
        assertThat(r.activityId()).isEqualTo(id);
        assertThat(r.eventId()).isEqualTo(created.eventId());
        assertThat(r.applied()).isTrue();
        assertThat(r.rejection()).isNull();
        assertThat(r.actor()).isEqualTo(Actor.user("alice"));
        assertThat(r.statusBefore()).isNull();
        assertThat(r.statusAfter()).isEqualTo(ActivityStatus.BLOCKED);
        assertThat(r.versionAfter()).isEqualTo(1);
        assertThat(r.details()).containsEntry("initialStatus", "BLOCKED").containsEntry("computerId", "c1");
    }

    @Test
    void aRejectedChangeKeepsTheStateAndSaysWhy() {
        ActivityState queued = state(ActivityStatus.QUEUED);
        StatusChanged stale = change(queued, ActivityStatus.CANCELED, 5);

        HistoryRecord r = HistoryRecords.of(folded(queued, stale, 0, 1));

        assertThat(r.applied()).isFalse();
        assertThat(r.rejection()).isEqualTo("VERSION_CONFLICT");
        assertThat(r.rejectionDetail()).contains("expected version 5");
        assertThat(r.statusAfter()).isEqualTo(ActivityStatus.QUEUED);
        assertThat(r.details()).containsEntry("to", "CANCELED").containsEntry("expectedVersion", 5)
                .containsEntry("reason", "test");
    }

    @Test
    void resultsNameTheirArtifactsAndProgressCountsItsOutputWithoutCopyingThem() {
        UUID id = UUID.randomUUID();
        StatusChanged done = new StatusChanged(UUID.randomUUID(), id, T0, Actor.service("job-handler"),
                "job-handler", ActivityStatus.IN_PROGRESS, ActivityStatus.FAILED, 2, "boom",
                new ActivityResult(1, "partial", List.of(new ActivityResult.Artifact("r.csv", "text/csv", "a,b"))),
                new ActivityError("EXECUTION_FAILED", "it broke"));
        ProgressReported progress = new ProgressReported(UUID.randomUUID(), id, T0, Actor.agent("c1"), "ms", 30,
                "hello", 4, true);
        ResultRecorded late = new ResultRecorded(UUID.randomUUID(), id, T0, Actor.agent("c1"), "ms",
                ActivityStatus.SUCCEEDED, ActivityResult.of(0, "ok"), null);

        assertThat(HistoryRecords.details(done)).isEqualTo(Map.of("from", "IN_PROGRESS", "to", "FAILED",
                "expectedVersion", 2, "reason", "boom",
                "result", Map.of("code", 1, "text", "partial", "artifacts", List.of("r.csv")),
                "error", Map.of("code", "EXECUTION_FAILED", "message", "it broke")));
        assertThat(HistoryRecords.details(progress)).isEqualTo(Map.of("percent", 30, "sequence", 4L,
                "outputChars", 5, "truncated", true));
        assertThat(HistoryRecords.details(late)).isEqualTo(Map.of("reportedStatus", "SUCCEEDED",
                "result", Map.of("code", 0, "text", "ok")));
        assertThat(HistoryRecords.details(new ActivityArchived(UUID.randomUUID(), id, T0, Actor.service("jh"), "jh",
                "archive-1.tar"))).isEqualTo(Map.of("archive", "archive-1.tar"));
    }

    @Test
    void aMalformedRecordHasNoActivityToBeFiledUnder() {
        assertThat(HistoryRecords.of(new FoldedEvent(0, 3, null, "bad JSON", null, null))).isNull();
    }

    @Test
    void aMalformedRecordThatNamesItsActivityIsFiledUnderItAsRejectedMalformed() {
        UUID activity = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        java.time.Instant logged = java.time.Instant.parse("2026-03-01T10:00:00Z");

        var record = HistoryRecords.of(new FoldedEvent(2, 9, null, "reason: illegal character U+0000 at index 3",
                null, null, activity, event, logged));

        assertThat(record.activityId()).isEqualTo(activity);
        assertThat(record.eventId()).isEqualTo(event);
        assertThat(record.applied()).isFalse();
        assertThat(record.rejection()).isEqualTo("MALFORMED");
        assertThat(record.rejectionDetail()).contains("U+0000");
        assertThat(record.eventType()).isEqualTo(HistoryRecords.MALFORMED_TYPE);
        assertThat(record.occurredAt()).isEqualTo(logged);
        var again = HistoryRecords.of(new FoldedEvent(2, 9, null, "x", null, null, activity, null, logged));
        assertThat(again.eventId()).isEqualTo(HistoryRecords.of(
                new FoldedEvent(2, 9, null, "x", null, null, activity, null, logged)).eventId());
    }

    private static FoldedEvent folded(ActivityState before, ActivityEvent event, int partition, long offset) {
        return new FoldedEvent(partition, offset, event, null, before, ActivityFold.apply(before, event));
    }
}
