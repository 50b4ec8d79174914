package io.activityplatform.api.stream;

import static io.activityplatform.api.support.States.change;
import static io.activityplatform.api.support.States.created;
import static io.activityplatform.api.support.States.script;
import static io.activityplatform.api.support.States.state;
import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.api.config.ApiConfig;
import io.activityplatform.api.rest.dto.ActivityStreamEvent;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.fold.ActivityFold;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.service.projection.FoldedEvent;
import io.activityplatform.service.projection.ProjectionBatch;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import io.activityplatform.events.codec.Topics;
import io.activityplatform.service.projection.PartitionOwnership;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.TopicPartition;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActivityStreamHubTest {

    private final PartitionOwnership ownership = owning(0);
    private final ActivityStreamHub hub = new ActivityStreamHub(config(3), ownership);

    static PartitionOwnership owning(int... partitions) {
        PartitionOwnership ownership = new PartitionOwnership();
        for (int p : partitions) {
            ownership.assigned(new TopicPartition(Topics.ACTIVITY_EVENTS, p), -1);
        }
        return ownership;
    }

    @Test
    void subscribersGetTheAppliedEventsTheyAcceptInLogOrder() {
        ActivityState queued = state(ActivityStatus.QUEUED);
        var start = change(queued, ActivityStatus.IN_PROGRESS, 1);
        var stale = change(queued, ActivityStatus.CANCELED, 1);
        AssertSubscriber<ActivityStreamEvent> all = hub.register(f -> true).events()
                .subscribe().withSubscriber(AssertSubscriber.create(10));
        AssertSubscriber<ActivityStreamEvent> none = hub.register(f -> false).events()
                .subscribe().withSubscriber(AssertSubscriber.create(10));

        ActivityState running = ActivityFold.apply(queued, start).state();
        hub.afterCommit(batch(folded(queued, start, 1), folded(running, stale, 2)));

        assertThat(all.getItems()).extracting(ActivityStreamEvent::offset).containsExactly(1L);
        assertThat(none.getItems()).isEmpty();
    }

    @Test
    void aRegistrationClosedBeforeItsStreamWasSubscribedLeavesTheFanOut() {
        int before = hub.subscriberCount();
        ActivityStreamHub.Registration gone = hub.register(f -> true);
        assertThat(hub.subscriberCount()).isEqualTo(before + 1);

        gone.close();
        gone.close();

        assertThat(hub.subscriberCount()).isEqualTo(before);
        hub.afterCommit(batch(folded(null, created(UUID.randomUUID(), script("c1", null), ActivityStatus.QUEUED),
                6)));
        assertThat(hub.subscriberCount()).isEqualTo(before);
    }

    @Test
    void eventsCommittedBeforeTheClientSubscribesAreKeptForIt() {
        var stream = hub.register(f -> true).events();
        UUID id = UUID.randomUUID();
        var created = created(id, script("c1", null), ActivityStatus.QUEUED);
        hub.afterCommit(batch(folded(null, created, 5)));

        AssertSubscriber<ActivityStreamEvent> late = stream.subscribe().withSubscriber(AssertSubscriber.create(10));

        assertThat(late.getItems()).extracting(ActivityStreamEvent::activityId).containsExactly(id);
    }

    @Test
    void aClientTooFarBehindIsForgottenAndGetsWhatWasBufferedThenAFailure() {
        AssertSubscriber<ActivityStreamEvent> slow = hub.register(f -> true).events()
                .subscribe().withSubscriber(AssertSubscriber.create(0));

        for (int i = 0; i < 4; i++) {
            UUID id = UUID.randomUUID();
            hub.afterCommit(batch(folded(null, created(id, script("c1", null), ActivityStatus.QUEUED), i)));
        }

        assertThat(hub.subscriberCount()).isZero();
        slow.request(10);
        assertThat(slow.getItems()).hasSize(3);
        slow.assertFailedWith(BackPressureFailure.class);
    }

    @Test
    void aClientThatLeavesIsForgotten() {
        AssertSubscriber<ActivityStreamEvent> client = hub.register(f -> true).events()
                .subscribe().withSubscriber(AssertSubscriber.create(1));
        assertThat(hub.subscriberCount()).isEqualTo(1);

        client.cancel();

        assertThat(hub.subscriberCount()).isZero();
    }

    @Test
    void aPartitionProjectedByAnotherReplicaIsNotFedFromTheLocalAfterCommit() {
        ownership.revoked(List.of(new TopicPartition(Topics.ACTIVITY_EVENTS, 0)));
        AssertSubscriber<ActivityStreamEvent> all = hub.register(f -> true).events()
                .subscribe().withSubscriber(AssertSubscriber.create(10));

        hub.afterCommit(batch(folded(null, created(UUID.randomUUID(), script("c1", null), ActivityStatus.QUEUED), 1)));

        assertThat(all.getItems()).isEmpty();
    }

    @Test
    void anEventFedByBothSourcesIsDeliveredOnceAndNeverBehindWhatWasDelivered() {
        AssertSubscriber<ActivityStreamEvent> all = hub.register(f -> true).events()
                .subscribe().withSubscriber(AssertSubscriber.create(10));
        ActivityState queued = state(ActivityStatus.QUEUED);
        FoldedEvent start = folded(queued, change(queued, ActivityStatus.IN_PROGRESS, 1), 7);
        FoldedEvent earlier = folded(null, created(UUID.randomUUID(), script("c1", null), ActivityStatus.QUEUED), 6);

        hub.afterCommit(batch(start));
        hub.deliver(List.of(StreamItem.live(start), StreamItem.live(earlier)));

        assertThat(all.getItems()).extracting(ActivityStreamEvent::offset).containsExactly(7L);
        assertThat(hub.deliveredUpTo(0)).isEqualTo(7L);
        assertThat(hub.deliveredUpTo(1)).isEqualTo(-1L);
    }

    @Test
    void aTakenOverPartitionIsFedFromTheDatabaseUntilTheFeedCaughtUpThenLocally() {
        ownership.assigned(new TopicPartition(Topics.ACTIVITY_EVENTS, 0), 10);
        AssertSubscriber<ActivityStreamEvent> all = hub.register(f -> true).events()
                .subscribe().withSubscriber(AssertSubscriber.create(10));
        FoldedEvent e11 = creation(11);
        FoldedEvent e12 = creation(12);
        FoldedEvent e13 = creation(13);

        hub.afterCommit(batch(e12));
        assertThat(all.getItems()).isEmpty();
        hub.deliverRemote(List.of(StreamItem.live(e11)), Map.of(0, 11L));
        assertThat(hub.fedLocally(0)).as("12 was left to the feed").isFalse();
        hub.deliverRemote(List.of(StreamItem.live(e12)), Map.of(0, 12L));
        assertThat(hub.fedLocally(0)).isTrue();
        hub.afterCommit(batch(e13));

        assertThat(all.getItems()).extracting(ActivityStreamEvent::offset).containsExactly(11L, 12L, 13L);
    }

    @Test
    void aPartitionTakenOverIsNotFedLocallyBeforeTheFeedReadWhatTheOldOwnerCommitted() {
        ownership.assigned(new TopicPartition(Topics.ACTIVITY_EVENTS, 0), 10);
        hub.deliverRemote(List.of(), Map.of(0, 9L));

        assertThat(hub.fedLocally(0)).isFalse();
        hub.deliverRemote(List.of(), Map.of(0, 10L));
        assertThat(hub.fedLocally(0)).isTrue();
    }

    private static FoldedEvent creation(long offset) {
        return folded(null, created(UUID.randomUUID(), script("c1", null), ActivityStatus.QUEUED), offset);
    }

    @Test
    void aStreamEndsAfterTheItemThatSettlesItsActivity() {
        ActivityState queued = state(ActivityStatus.QUEUED);
        FoldedEvent cancel = folded(queued, change(queued, ActivityStatus.CANCELED, 1), 3);
        AssertSubscriber<ActivityStreamEvent> one = hub.register(f -> true, StreamItem::settles).events()
                .subscribe().withSubscriber(AssertSubscriber.create(10));

        hub.afterCommit(batch(cancel));

        one.assertCompleted();
        assertThat(one.getItems()).extracting(ActivityStreamEvent::offset).containsExactly(3L);
        assertThat(hub.subscriberCount()).isZero();
    }

    private static FoldedEvent folded(ActivityState before, ActivityEvent event, long offset) {
        return new FoldedEvent(0, offset, event, null, before, ActivityFold.apply(before, event));
    }

    private static ProjectionBatch batch(FoldedEvent... events) {
        return new ProjectionBatch(List.of(events), List.of(), Map.of());
    }

    static ApiConfig config(int buffer) {
        return new ApiConfig() {
            @Override
            public int defaultPageSize() {
                return 50;
            }

            @Override
            public int maxPageSize() {
                return 500;
            }

            @Override
            public int maxBulkItems() {
                return 10;
            }

            @Override
            public int maxComputersPerRequest() {
                return 10;
            }

            @Override
            public int streamBuffer() {
                return buffer;
            }

            @Override
            public Duration streamRemoteInterval() {
                return Duration.ofMillis(200);
            }

            @Override
            public Duration streamRemoteLinger() {
                return Duration.ZERO;
            }

            @Override
            public int streamRemotePage() {
                return 500;
            }
        };
    }
}
