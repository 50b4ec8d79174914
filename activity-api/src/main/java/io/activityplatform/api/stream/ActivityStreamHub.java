package io.activityplatform.api.stream;

import io.activityplatform.api.config.ApiConfig;
import io.activityplatform.api.rest.dto.ActivityStreamEvent;
import io.activityplatform.events.codec.Topics;
import io.activityplatform.service.projection.FoldedEvent;
import io.activityplatform.service.projection.PartitionOwnership;
import io.activityplatform.service.projection.ProjectionBatch;
import io.activityplatform.service.projection.ProjectionListener;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Fans applied events out to SSE clients, in log order and only after commit, so a client never sees a change
 * a GET would not show. Two sources feed it: this replica's projection after-commit for the partitions it
 * owns, and {@link RemoteStreamFeed} for the partitions other replicas project (read from the shared history
 * they committed). Per partition it remembers the last offset it handed out and drops anything at or below
 * it, so a partition changing hands can never deliver an event twice or out of order. Each client has a
 * bounded buffer: one that falls too far behind is disconnected (and may reconnect with Last-Event-ID)
 * instead of holding the projection up.
 */
@ApplicationScoped
public class ActivityStreamHub implements ProjectionListener {

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final Map<Integer, Long> delivered = new ConcurrentHashMap<>();
    private final ApiConfig api;
    private final PartitionOwnership ownership;

    public ActivityStreamHub(ApiConfig api, PartitionOwnership ownership) {
        this.api = api;
        this.ownership = ownership;
    }

    private record Subscriber(Predicate<StreamItem> accepts, Predicate<StreamItem> last,
            UnicastProcessor<ActivityStreamEvent> sink) {
    }

    /**
     * Registers now (events delivered from this moment on are buffered even before anyone subscribes to the
     * returned stream) the applied events that {@code accepts}; the registration ends with the stream.
     */
    public Multi<ActivityStreamEvent> register(Predicate<StreamItem> accepts) {
        return register(accepts, item -> false);
    }

    /** As {@link #register(Predicate)}, completing the stream after the accepted item that is {@code last}. */
    public Multi<ActivityStreamEvent> register(Predicate<StreamItem> accepts, Predicate<StreamItem> last) {
        Subscriber[] self = new Subscriber[1];
        UnicastProcessor<ActivityStreamEvent> sink = UnicastProcessor.create(
                new ArrayBlockingQueue<>(api.streamBuffer()), () -> subscribers.remove(self[0]));
        self[0] = new Subscriber(accepts, last, sink);
        subscribers.add(self[0]);
        return sink.onCancellation().invoke(() -> subscribers.remove(self[0]));
    }

    /** Open client streams, for health, the remote feed and tests. */
    public int subscriberCount() {
        return subscribers.size();
    }

    /** The last offset of {@code partition} handed to subscribers; -1 if none yet. */
    public long deliveredUpTo(int partition) {
        return delivered.getOrDefault(partition, -1L);
    }

    /** This replica's committed batch: its applied events of the partitions it owns. */
    @Override
    public void afterCommit(ProjectionBatch batch) {
        if (subscribers.isEmpty()) {
            return;
        }
        List<StreamItem> items = new ArrayList<>();
        for (FoldedEvent folded : batch.activityEvents()) {
            if (folded.applied() && ownership.owns(Topics.ACTIVITY_EVENTS, folded.partition())) {
                items.add(StreamItem.live(folded));
            }
        }
        deliver(items);
    }

    /**
     * Hands items to the subscribers that accept them, in the given order (log order per partition); items at
     * or below the last offset already handed out for their partition are dropped.
     */
    public synchronized void deliver(List<StreamItem> items) {
        for (StreamItem item : items) {
            if (item.offset() <= deliveredUpTo(item.partition())) {
                continue;
            }
            delivered.put(item.partition(), item.offset());
            for (Subscriber s : subscribers) {
                if (s.accepts().test(item)) {
                    s.sink().onNext(item.event());
                    if (s.last().test(item)) {
                        subscribers.remove(s);
                        s.sink().onComplete();
                    }
                }
            }
        }
    }
}
