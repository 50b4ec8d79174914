package io.activityplatform.api.stream;

import static io.activityplatform.api.support.States.change;
import static io.activityplatform.api.support.States.state;
import static io.activityplatform.api.support.States.then;
import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.api.mapping.HistoryRecords;
import io.activityplatform.api.model.ActivityFilter;
import io.activityplatform.api.model.HistoryRecord;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.fold.ActivityFold;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.service.projection.FoldedEvent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** History rows of another replica judged as the live path judges its own events. */
class RemoteItemsTest {

    private final ActivityState queued = state(ActivityStatus.QUEUED);
    private final ActivityEvent start = change(queued, ActivityStatus.IN_PROGRESS, 1);
    private final ActivityState running = then(queued, start);
    private final ActivityEvent finish = change(running, ActivityStatus.SUCCEEDED, 2);
    private final ActivityState succeeded = then(running, finish);
    private final HistoryRecord startRow = row(queued, start, 11);
    private final HistoryRecord finishRow = row(running, finish, 12);

    @Test
    void aRowBehindASettledStateDoesNotEndTheStream() {
        List<StreamItem> items = RemoteItems.of(List.of(startRow), states(succeeded), last(12));

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.settles()).isFalse();
            assertThat(item.status()).isEqualTo(ActivityStatus.IN_PROGRESS);
            assertThat(item.event().status()).isEqualTo(ActivityStatus.IN_PROGRESS);
            assertThat(item.offset()).isEqualTo(11L);
        });
    }

    @Test
    void theLastAppliedRowOfASettledActivityEndsTheStream() {
        List<StreamItem> items = RemoteItems.of(List.of(startRow, finishRow), states(succeeded), last(12));

        assertThat(items).extracting(StreamItem::settles).containsExactly(false, true);
    }

    @Test
    void theLastRowOfAFinalButUnsettledActivityKeepsTheStreamOpen() {
        ActivityEvent cancel = change(running, ActivityStatus.CANCELED, 2);
        ActivityState canceled = then(running, cancel);

        List<StreamItem> items = RemoteItems.of(List.of(row(running, cancel, 12)), states(canceled), last(12));

        assertThat(canceled.isFinal()).isTrue();
        assertThat(items).singleElement().extracting(StreamItem::settles).isEqualTo(false);
    }

    @Test
    void theBoardFilterIsJudgedByTheStatusRightAfterTheRow() {
        ActivityFilter running = new ActivityFilter(Set.of(ActivityStatus.IN_PROGRESS), null, null, null, null,
                null, null, null, null);

        List<StreamItem> items = RemoteItems.of(List.of(startRow, finishRow), states(succeeded), last(12));

        assertThat(items).filteredOn(i -> running.matches(i.state(), i.status()))
                .extracting(StreamItem::offset).containsExactly(11L);
        assertThat(running.matches(succeeded)).isFalse();
    }

    @Test
    void aRowWhoseActivityHasNoStateIsSkipped() {
        assertThat(RemoteItems.of(List.of(startRow), Map.of(), last(11))).isEmpty();
    }

    private HistoryRecord row(ActivityState before, ActivityEvent event, long offset) {
        return HistoryRecords.of(new FoldedEvent(3, offset, event, null, before, ActivityFold.apply(before, event)));
    }

    private Map<UUID, ActivityState> states(ActivityState state) {
        return Map.of(state.id(), state);
    }

    private Map<UUID, Long> last(long offset) {
        return Map.of(queued.id(), offset);
    }
}
