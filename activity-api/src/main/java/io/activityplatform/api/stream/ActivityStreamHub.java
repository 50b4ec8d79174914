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
 * it, so a partition changing hands can never deliver an event twice or out of order. A partition this replica
 * takes over is fed locally only once the remote feed has read it up to the offset the view had at the
 * take-over (and past anything the after-commit offered meanwhile): until then its local events are left to
 * the feed, which reads them from the database, so nothing the old owner committed is skipped. Each client has a
 * bounded buffer: one that falls too far behind is disconnected (and may reconnect with Last-Event-ID)
 * instead of holding the projection up.
 */
@ApplicationScoped
public class ActivityStreamHub implements ProjectionListener {

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final Map<Integer, Long> delivered = new ConcurrentHashMap<>();
    /** How far the remote feed has read each partition from the database. */
    private final Map<Integer, Long> read = new ConcurrentHashMap<>();
    /** The highest offset of each partition the after-commit offered while the feed had not caught up. */
    private final Map<Integer, Long> heldBack = new ConcurrentHashMap<>();
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
     * One client's place in the fan-out: its events, and {@link #close()} to leave. A registration must be
     * closed by whoever made it when the client's stream ends in any way (completed, failed, or cancelled
     * before {@code events} was ever subscribed: a client that leaves while its stream waits for the remote
     * feed never subscribes, and would otherwise stay registered, buffering, for ever).
     */
    public record Registration(Multi<ActivityStreamEvent> events, Runnable closer) {
        /** Leaves the fan-out; idempotent. */
        public void close() {
            closer.run();
        }
    }

    /**
     * Registers now (events delivered from this moment on are buffered even before anyone subscribes to the
     * returned stream) the applied events that {@code accepts}; the registration ends with the stream.
     */
    public Registration register(Predicate<StreamItem> accepts) {
        return register(accepts, item -> false);
    }

    /** As {@link #register(Predicate)}, completing the stream after the accepted item that is {@code last}. */
    public Registration register(Predicate<StreamItem> accepts, Predicate<StreamItem> last) {
        Subscriber[] self = new Subscriber[1];
        Runnable leave = () -> subscribers.remove(self[0]);
        UnicastProcessor<ActivityStreamEvent> sink = UnicastProcessor.create(
                new ArrayBlockingQueue<>(api.streamBuffer()), leave);
        self[0] = new Subscriber(accepts, last, sink);
        subscribers.add(self[0]);
        return new Registration(sink.onCancellation().invoke(leave), leave);
    }

    /** Open client streams, for health, the remote feed and tests. */
    public int subscriberCount() {
        return subscribers.size();
    }

    /** The last offset of {@code partition} handed to subscribers; -1 if none yet. */
    public long deliveredUpTo(int partition) {
        return delivered.getOrDefault(partition, -1L);
    }

    /**
     * True when this replica's after-commit feeds {@code partition}: it owns it and the remote feed has read
     * everything before that (what the view held at the take-over, and whatever was left to the feed since).
     */
    public synchronized boolean fedLocally(int partition) {
        return ownership.owns(Topics.ACTIVITY_EVENTS, partition) && read.getOrDefault(partition, -1L)
                >= Math.max(ownership.takenOverAt(Topics.ACTIVITY_EVENTS, partition),
                        heldBack.getOrDefault(partition, -1L));
    }

    /** This replica's committed batch: its applied events of the partitions it feeds (see {@link #fedLocally}). */
    @Override
    public synchronized void afterCommit(ProjectionBatch batch) {
        if (subscribers.isEmpty()) {
            return;
        }
        List<StreamItem> items = new ArrayList<>();
        for (FoldedEvent folded : batch.activityEvents()) {
            if (!folded.applied()) {
                continue;
            }
            if (fedLocally(folded.partition())) {
                items.add(StreamItem.live(folded));
            } else if (ownership.owns(Topics.ACTIVITY_EVENTS, folded.partition())) {
                // Taken over, the feed not caught up yet: it reads this from the database after the rest.
                heldBack.merge(folded.partition(), folded.offset(), Math::max);
            }
        }
        deliver(items);
    }

    /** What the remote feed read: its items, then how far it has read each partition it read. */
    public synchronized void deliverRemote(List<StreamItem> items, Map<Integer, Long> readUpTo) {
        deliver(items);
        readUpTo.forEach((partition, offset) -> read.merge(partition, offset, Math::max));
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
