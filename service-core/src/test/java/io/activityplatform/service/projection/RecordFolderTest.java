package io.activityplatform.service.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.codec.EventCodec;
import io.activityplatform.events.codec.Topics;
import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.fold.Rejection;
import io.activityplatform.events.status.ActivityStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The batch fold without broker or database: replays, malformed records, order within the batch. */
class RecordFolderTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private final UUID id = UUID.randomUUID();

    private static PolledRecord record(long offset, UUID key, byte[] value) {
        return PolledRecord.decode(new ConsumerRecord<>(Topics.ACTIVITY_EVENTS, 3, offset, key.toString(), value));
    }

    private static PolledRecord record(long offset, ActivityEvent event) {
        return record(offset, event.activityId(), EventCodec.encode(event));
    }

    private ActivityCreated created() {
        return new ActivityCreated(UUID.randomUUID(), id, T0, Actor.user("alice"), "activity-api",
                ActivityDefinition.of("ArchiveRequest", null, Map.of("olderThanDays", 30)), ActivityStatus.QUEUED);
    }

    private StatusChanged to(ActivityStatus status, Integer expected) {
        return new StatusChanged(UUID.randomUUID(), id, T0, Actor.service("job-handler"), "job-handler", null,
                status, expected, "test", null, null);
    }

    @Test
    void foldsTheBatchInLogOrderAndKeepsTheLatestStatePerActivity() {
        RecordFolder folder = new RecordFolder(Map.of(), new HashMap<>());

        folder.add(record(0, created()));
        folder.add(record(1, to(ActivityStatus.IN_PROGRESS, 1)));
        folder.add(record(2, to(ActivityStatus.SUCCEEDED, 2)));

        ActivityState state = folder.batch().changed().get(id);
        assertThat(state.status()).isEqualTo(ActivityStatus.SUCCEEDED);
        assertThat(state.statusVersion()).isEqualTo(3);
        assertThat(folder.progress().get("activity-events:3").lastOffset).isEqualTo(2);
    }

    @Test
    void recordsAtOrBelowTheAppliedOffsetAreReplaysAndAreSkipped() {
        RecordFolder folder = new RecordFolder(Map.of("activity-events:3", 1L), new HashMap<>());

        assertThat(folder.add(record(0, created()))).isFalse();
        assertThat(folder.add(record(1, to(ActivityStatus.IN_PROGRESS, 1)))).isFalse();
        assertThat(folder.add(record(2, created()))).isTrue();

        assertThat(folder.batch().activityEvents()).hasSize(1);
    }

    @Test
    void aMalformedRecordIsCountedAsRejectedAndTheBatchGoesOn() {
        RecordFolder folder = new RecordFolder(Map.of(), new HashMap<>());

        folder.add(record(0, id, "{not json".getBytes(StandardCharsets.UTF_8)));
        folder.add(record(1, created()));

        FoldedEvent bad = folder.batch().activityEvents().get(0);
        assertThat(bad.malformed()).isTrue();
        assertThat(bad.rejection()).isEqualTo(Rejection.MALFORMED);
        assertThat(folder.progress().get("activity-events:3").malformed).isEqualTo(1);
        assertThat(folder.batch().changed()).containsKey(id);
    }

    @Test
    void rejectedEventsStayInTheBatchWithTheirReason() {
        RecordFolder folder = new RecordFolder(Map.of(), new HashMap<>());

        folder.add(record(0, created()));
        folder.add(record(1, to(ActivityStatus.IN_PROGRESS, 7)));

        FoldedEvent stale = folder.batch().activityEvents().get(1);
        assertThat(stale.applied()).isFalse();
        assertThat(stale.rejection()).isEqualTo(Rejection.VERSION_CONFLICT);
        assertThat(folder.progress().get("activity-events:3").rejected).isEqualTo(1);
    }

    @Test
    void theActivityToLoadComesFromTheEventNotFromTheRecordKey() {
        var records = java.util.List.of(PolledRecord.decode(new ConsumerRecord<>(Topics.ACTIVITY_EVENTS, 0, 0L,
                "not-a-uuid", EventCodec.encode(created()))), record(1, id, "{bad".getBytes(StandardCharsets.UTF_8)));

        assertThat(RecordFolder.activityIds(records)).containsExactly(id);
    }

    @Test
    void eachTouchedActivityIsLoadedOnceInTheOrderItFirstAppears() {
        UUID other = UUID.randomUUID();
        ActivityCreated otherCreated = new ActivityCreated(UUID.randomUUID(), other, T0, Actor.user("bob"),
                "activity-api", ActivityDefinition.of("ArchiveRequest", null, Map.of()), ActivityStatus.QUEUED);
        var records = java.util.List.of(record(0, created()), record(1, otherCreated),
                record(2, to(ActivityStatus.IN_PROGRESS, 1)), record(3, to(ActivityStatus.SUCCEEDED, 2)));

        assertThat(RecordFolder.activityIds(records)).containsExactly(id, other);
    }

    @Test
    void aMalformedRecordThatStillNamesItsActivityIsFiledUnderItAndListedForOperators() {
        RecordFolder folder = new RecordFolder(Map.of(), new HashMap<>());
        String nul = new String(EventCodec.encode(created()), StandardCharsets.UTF_8)
                .replace("\"activity-api\"", "\"activity-api\\u0000\"");

        folder.add(record(0, id, nul.getBytes(StandardCharsets.UTF_8)));

        FoldedEvent bad = folder.batch().activityEvents().get(0);
        assertThat(bad.rejection()).isEqualTo(Rejection.MALFORMED);
        assertThat(bad.malformedActivityId()).isEqualTo(id);
        assertThat(bad.malformedEventId()).isNotNull();
        assertThat(folder.malformed()).singleElement().satisfies(m -> {
            assertThat(m.record().offset()).isZero();
            assertThat(m.record().subject()).isEqualTo(id.toString());
            assertThat(m.reason()).isEqualTo("malformed: source: illegal character U+0000 at index 12");
        });
    }
}
