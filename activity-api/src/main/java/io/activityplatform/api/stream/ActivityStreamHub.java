package io.activityplatform.api.stream;

import io.activityplatform.api.config.ApiConfig;
import io.activityplatform.api.mapping.StreamEvents;
import io.activityplatform.api.rest.dto.ActivityStreamEvent;
import io.activityplatform.service.projection.FoldedEvent;
import io.activityplatform.service.projection.ProjectionBatch;
import io.activityplatform.service.projection.ProjectionListener;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Fans committed projection batches out to SSE clients, in log order and only after commit, so a client
 * never sees a change a GET would not show. Each client has a bounded buffer: one that falls too far behind
 * is disconnected (and may reconnect with Last-Event-ID) instead of holding the projection up.
 */
@ApplicationScoped
public class ActivityStreamHub implements ProjectionListener {

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final ApiConfig api;

    public ActivityStreamHub(ApiConfig api) {
        this.api = api;
    }

    private record Subscriber(Predicate<FoldedEvent> accepts, Predicate<FoldedEvent> last,
            UnicastProcessor<ActivityStreamEvent> sink) {
    }

    /**
     * Registers now (events committed from this moment on are buffered even before anyone subscribes to the
     * returned stream) the applied events that {@code accepts}; the registration ends with the stream.
     */
    public Multi<ActivityStreamEvent> register(Predicate<FoldedEvent> accepts) {
        return register(accepts, folded -> false);
    }

    /** As {@link #register(Predicate)}, completing the stream after the accepted event that is {@code last}. */
    public Multi<ActivityStreamEvent> register(Predicate<FoldedEvent> accepts, Predicate<FoldedEvent> last) {
        Subscriber[] self = new Subscriber[1];
        UnicastProcessor<ActivityStreamEvent> sink = UnicastProcessor.create(
                new ArrayBlockingQueue<>(api.streamBuffer()), () -> subscribers.remove(self[0]));
        self[0] = new Subscriber(accepts, last, sink);
        subscribers.add(self[0]);
        return sink.onCancellation().invoke(() -> subscribers.remove(self[0]));
    }

    /** Open client streams, for health and tests. */
    public int subscriberCount() {
        return subscribers.size();
    }

    @Override
    public void afterCommit(ProjectionBatch batch) {
        if (subscribers.isEmpty()) {
            return;
        }
        for (FoldedEvent folded : batch.activityEvents()) {
            if (!folded.applied()) {
                continue;
            }
            ActivityStreamEvent event = null;
            for (Subscriber s : subscribers) {
                if (s.accepts().test(folded)) {
                    event = event == null ? StreamEvents.live(folded) : event;
                    s.sink().onNext(event);
                    if (s.last().test(folded)) {
                        subscribers.remove(s);
                        s.sink().onComplete();
                    }
                }
            }
        }
    }
}
