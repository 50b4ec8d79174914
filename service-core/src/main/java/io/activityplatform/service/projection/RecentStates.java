package io.activityplatform.service.projection;

import io.activityplatform.events.fold.ActivityState;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The states this projection committed most recently, so the next batch need not read back what the last one
 * wrote (issue 11: every activity's second and third event loaded, and parsed, the state its first had just
 * stored). Bounded, least recently used first out.
 *
 * <p>Correct only because this projection is the view's one writer. A batch takes its activities out before
 * its transaction starts and puts their new states back only once it committed, so a failed or uncertain
 * commit leaves them to be read from the view; everything is forgotten when the view is reset or partitions
 * change hands (another replica may have written them meanwhile). A miss simply reads the view.
 */
final class RecentStates {

    private final int capacity;
    private final Map<UUID, ActivityState> states;
    private long hits;
    private long misses;

    RecentStates(int capacity) {
        this.capacity = capacity;
        this.states = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, ActivityState> eldest) {
                return size() > RecentStates.this.capacity;
            }
        };
    }

    /**
     * Takes the states of {@code ids} out: those known go into {@code known}, the others into {@code missing}.
     * Until {@link #remember} puts them back, their next batch reads them from the view.
     */
    synchronized void split(Collection<UUID> ids, Map<UUID, ActivityState> known, List<UUID> missing) {
        for (UUID id : ids) {
            ActivityState state = states.remove(id);
            if (state != null) {
                known.put(id, state);
                hits++;
            } else {
                missing.add(id);
                misses++;
            }
        }
    }

    /** After the commit of the transaction that stored them. */
    synchronized void remember(Collection<ActivityState> committed) {
        if (capacity == 0) {
            return;
        }
        for (ActivityState state : committed) {
            states.put(state.id(), state);
        }
    }

    synchronized void forget() {
        states.clear();
    }

    synchronized int size() {
        return states.size();
    }

    synchronized long hits() {
        return hits;
    }

    synchronized long misses() {
        return misses;
    }
}
