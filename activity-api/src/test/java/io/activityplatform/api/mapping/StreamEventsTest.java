package io.activityplatform.api.mapping;

import static io.activityplatform.api.support.States.change;
import static io.activityplatform.api.support.States.state;
import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.api.rest.dto.ActivityStreamEvent;
import io.activityplatform.events.codec.EventCodec;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityFold;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.service.projection.FoldedEvent;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StreamEventsTest {

    @Test
    void aReplayedEventReadsExactlyLikeTheLiveOne() throws Exception {
        ActivityState queued = state(ActivityStatus.QUEUED);
        StatusChanged start = change(queued, ActivityStatus.IN_PROGRESS, 1);
        FoldedEvent folded = new FoldedEvent(3, 99, start, null, queued, ActivityFold.apply(queued, start));

        ActivityStreamEvent live = StreamEvents.live(folded);
        // The history's details go through JSON, as they do through jsonb.
        var stored = HistoryRecords.of(folded);
        @SuppressWarnings("unchecked")
        Map<String, Object> details = EventCodec.mapper().readValue(
                EventCodec.mapper().writeValueAsString(stored.details()), Map.class);
        var reread = new io.activityplatform.api.model.HistoryRecord(stored.partition(), stored.offset(),
                stored.activityId(), stored.eventId(), stored.eventType(), stored.occurredAt(), stored.actor(),
                stored.source(), stored.applied(), stored.rejection(), stored.rejectionDetail(), stored.statusBefore(),
                stored.statusAfter(), stored.versionAfter(), details);

        assertThat(StreamEvents.replayed(reread, folded.after())).isEqualTo(live);
        assertThat(live.sseId()).isEqualTo("3-99");
        assertThat(live.statusBefore()).isEqualTo(ActivityStatus.QUEUED);
        assertThat(live.status()).isEqualTo(ActivityStatus.IN_PROGRESS);
        assertThat(live.statusVersion()).isEqualTo(2);
        assertThat(live.reason()).isEqualTo("test");
    }

    @Test
    void theListLikeStreamCarriesCreationsAndStatusChangesOnly() {
        assertThat(StreamEvents.isStatusEvent("activity.created")).isTrue();
        assertThat(StreamEvents.isStatusEvent("activity.status-changed")).isTrue();
        assertThat(StreamEvents.isStatusEvent("activity.progress-reported")).isFalse();
        assertThat(StreamEvents.isStatusEvent("activity.archived")).isFalse();
    }
}
