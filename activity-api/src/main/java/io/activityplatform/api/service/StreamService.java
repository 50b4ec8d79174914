package io.activityplatform.api.service;

import io.activityplatform.api.mapping.FilterParser;
import io.activityplatform.api.mapping.StreamEvents;
import io.activityplatform.api.model.ActivityFilter;
import io.activityplatform.api.model.HistoryRecord;
import io.activityplatform.api.repository.HistoryRepository;
import io.activityplatform.api.rest.dto.ActivityStreamEvent;
import io.activityplatform.api.rest.dto.FilterParams;
import io.activityplatform.api.stream.ActivityStreamHub;
import io.activityplatform.api.stream.RemoteStreamFeed;
import io.activityplatform.api.stream.StreamItem;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.service.projection.ActivityViewStore;
import io.activityplatform.service.rest.ProblemException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Live activity events for SSE clients: all (filtered like the list) or one activity's, with replay. */
@ApplicationScoped
public class StreamService {

    private final ActivityStreamHub hub;
    private final HistoryRepository history;
    private final RemoteStreamFeed remote;
    private final ActivityViewStore views;

    public StreamService(ActivityStreamHub hub, HistoryRepository history, RemoteStreamFeed remote,
            ActivityViewStore views) {
        this.hub = hub;
        this.history = history;
        this.remote = remote;
        this.views = views;
    }

    /**
     * Completes once every applied event from now on reaches the streams registered before: the remote feed
     * is armed (so a client told "connected" after it misses nothing).
     */
    public Uni<Boolean> ready() {
        return remote.armed().replaceWith(Boolean.TRUE);
    }

    /** Creations and status changes of the activities of {@code accounts} matching the filter, from now on. */
    public ActivityStreamHub.Registration all(FilterParams params, Set<String> accounts) {
        ActivityFilter filter = FilterParser.parse(params, "").within(accounts);
        return hub.register(item -> StreamEvents.isStatusEvent(item.event().eventType())
                && filter.matches(item.state(), item.status()));
    }

    /**
     * Every applied event of one activity: first those already in the history (after Last-Event-ID, if
     * given), then live ones. Live registration happens before the history is read (and before it, the remote
     * feed is armed: it then delivers every row committed from that moment on), and live events at or below
     * the last replayed offset are dropped, so nothing is lost or repeated at the seam. The stream ends
     * once the activity is settled: its final status (and the late result of a cancel while running) sent.
     * Whether it is settled is judged on the state read after registering and before the history: an activity
     * that settled between the caller's lookup and the registration has its settling event in the history
     * only, never live, and its stream would otherwise stay open after the final status for ever.
     */
    public Multi<ActivityStreamEvent> one(ActivityState state, String lastEventId) {
        long after = offsetOf(lastEventId);
        UUID id = state.id();
        ActivityStreamHub.Registration live = hub.register(item -> item.event().activityId().equals(id),
                StreamItem::settles);
        return Multi.createFrom().uni(remote.armed()
                        .chain(() -> views.find(id))
                        .chain(now -> history.appliedAfter(id, after)
                                .map(records -> new Replay(now.orElse(state).isSettled(), records))))
                .onItem().transformToMultiAndConcatenate(replay -> {
                    List<HistoryRecord> records = replay.records();
                    long last = records.isEmpty() ? after : records.get(records.size() - 1).offset();
                    Multi<ActivityStreamEvent> replayed = Multi.createFrom().iterable(
                            records.stream().map(r -> StreamEvents.replayed(r, state)).toList());
                    if (replay.settled()) {
                        // Settled before the history was read: the history holds the final status (and late result).
                        live.close();
                        return replayed;
                    }
                    return Multi.createBy().concatenating()
                            .streams(replayed, live.events().select().where(e -> e.offset() > last));
                })
                // However it ends, even before the live part was subscribed (client gone while arming).
                .onTermination().invoke(live::close);
    }

    /** The history to replay, and whether the activity was settled before it was read. */
    private record Replay(boolean settled, List<HistoryRecord> records) {
    }

    /** The offset of an SSE id {@code partition-offset}; -1 (from the start) for none. */
    static long offsetOf(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return -1;
        }
        int dash = lastEventId.lastIndexOf('-');
        try {
            return Long.parseLong(lastEventId.substring(dash + 1).trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("Last-Event-ID", "must be the id of an event of this stream");
        }
    }
}
