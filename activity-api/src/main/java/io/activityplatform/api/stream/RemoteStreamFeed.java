package io.activityplatform.api.stream;

import io.activityplatform.api.config.ApiConfig;
import io.activityplatform.api.repository.StreamFeedQueries;
import io.activityplatform.service.projection.ActivityViewStore;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Feeds the {@link ActivityStreamHub} the events of the partitions another replica projects: replicas share
 * the database but split the log, so this replica's after-commit never sees those. One feed per replica,
 * working only while some stream is open or waits for it to arm, and for a linger after: every interval it
 * reads, in one repeatable-read snapshot, the applied history rows after the last offset it read of each
 * partition not owned here (at most a page per partition), with the states and last applied offsets of their
 * activities, and hands them over in log order. History rows commit with the view, so nothing is shown before
 * a GET would show it.
 *
 * <p>When it starts (first stream after none) it is armed at the offsets the view has applied then, so it
 * feeds only what is committed later; {@link #armed()} lets a stream that replays history first wait for that.
 */
@ApplicationScoped
public class RemoteStreamFeed {

    private static final Logger LOG = Logger.getLogger(RemoteStreamFeed.class);

    private final ActivityStreamHub hub;
    private final ActivityViewStore views;
    private final Pool pool;
    private final Vertx vertx;
    private final ApiConfig api;
    private final AtomicBoolean busy = new AtomicBoolean();
    /** Last offset read per partition; only touched by the tick that holds {@code busy}. */
    private Map<Integer, Long> cursors;
    private volatile CompletableFuture<Void> armed = new CompletableFuture<>();
    private volatile boolean paused;
    private volatile long timerId = -1;
    /** Callers of {@link #armed()} still waiting for the arming; guarded by {@code this}. */
    private int waiting;
    /** System.nanoTime() when a tick last found a stream open or waiting; guarded by {@code this}. */
    private long lastInUse;

    public RemoteStreamFeed(ActivityStreamHub hub, ActivityViewStore views, Pool pool, Vertx vertx, ApiConfig api) {
        this.hub = hub;
        this.views = views;
        this.pool = pool;
        this.vertx = vertx;
        this.api = api;
    }

    void start(@Observes StartupEvent event) {
        timerId = vertx.setPeriodic(api.streamRemoteInterval().toMillis(), id -> tick());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
    }

    /**
     * Completes once the feed delivers every row committed from now on (at once when it already does). The feed
     * arms for a waiter even when no stream is registered any more: a per-activity stream whose final status
     * arrived live right after it registered has already left the hub when it asks, and would otherwise wait
     * until some other stream opened (a benchmark run waited for ever on exactly that).
     */
    public Uni<Void> armed() {
        CompletableFuture<Void> current;
        boolean waits;
        synchronized (this) {
            current = armed;
            waits = !current.isDone();
            if (waits) {
                waiting++;
            }
        }
        // A copy per waiter: Mutiny cancels the stage it was given when its subscriber cancels (a client that
        // leaves while the feed arms), and a cancelled shared future would fail every later stream.
        CompletableFuture<Void> mine = current.copy();
        if (!waits) {
            return Uni.createFrom().completionStage(mine);
        }
        mine.whenComplete((v, failure) -> stoppedWaiting());
        tick();
        return Uni.createFrom().completionStage(mine);
    }

    private synchronized void stoppedWaiting() {
        waiting--;
    }

    /** Whether the feed now delivers every row committed from here on (for health and tests). */
    public synchronized boolean isArmed() {
        return armed.isDone() && !armed.isCompletedExceptionally();
    }

    /**
     * Pauses (reads nothing, keeps its positions) or resumes the feed: for operations, and for tests that
     * prove streams depend on it or that want several remote rows read in one snapshot.
     */
    public void paused(boolean on) {
        paused = on;
    }

    void tick() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        if (idle()) {
            busy.set(false);
            return;
        }
        pool.withTransaction(tx -> read(tx)).subscribe().with(
                items -> {
                    try {
                        hub.deliverRemote(items, cursors == null ? Map.of() : new HashMap<>(cursors));
                    } catch (RuntimeException e) {
                        LOG.warn("Remote stream feed could not hand its rows over; the next tick retries", e);
                    } finally {
                        busy.set(false);
                    }
                },
                error -> {
                    busy.set(false);
                    LOG.warn("Remote stream feed read failed; the next tick retries", error);
                });
    }

    /**
     * Once no stream has been open or waiting for the arming for the linger, it forgets its positions and will
     * arm anew. Checked under the lock {@link #armed()} takes, so a stream registered before asking is
     * never handed a stale arming, and a waiter counted there is always armed for.
     */
    private synchronized boolean idle() {
        if (paused) {
            armed.complete(null); // nobody waits for a paused feed
            return true;
        }
        long now = System.nanoTime();
        if (hub.subscriberCount() > 0 || waiting > 0) {
            lastInUse = now;
            return false;
        }
        if (armed.isDone() && now - lastInUse < api.streamRemoteLinger().toNanos()) {
            return false; // armed and lingering: keeps reading so that the next stream need not wait
        }
        cursors = null;
        if (armed.isDone()) {
            armed = new CompletableFuture<>();
        }
        return true;
    }

    private Uni<List<StreamItem>> read(SqlConnection tx) {
        return tx.query("set transaction isolation level repeatable read read only").execute()
                .chain(() -> StreamFeedQueries.appliedOffsets(tx))
                .chain(applied -> {
                    if (cursors == null) {
                        cursors = new HashMap<>(applied);
                        markArmed();
                        return Uni.createFrom().item(List.<StreamItem>of());
                    }
                    return readAfterCursors(tx, applied);
                });
    }

    private synchronized void markArmed() {
        armed.complete(null);
    }

    private Uni<List<StreamItem>> readAfterCursors(SqlConnection tx, Map<Integer, Long> applied) {
        Map<Integer, Long> wanted = new HashMap<>();
        applied.forEach((partition, offset) -> {
            if (hub.fedLocally(partition)) {
                // Projected and fed here: its after-commit delivers everything up to what the view applied.
                cursors.put(partition, offset);
                return;
            }
            // A partition first seen now had nothing applied when the feed was armed: all of it is new.
            long from = Math.max(cursors.getOrDefault(partition, -1L), hub.deliveredUpTo(partition));
            if (offset > from) {
                wanted.put(partition, from);
            } else {
                cursors.put(partition, from);
            }
        });
        if (wanted.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        int page = api.streamRemotePage();
        return StreamFeedQueries.appliedAfter(tx, wanted, page).chain(rows -> {
            Map<Integer, Integer> perPartition = new HashMap<>();
            rows.forEach(r -> {
                perPartition.merge(r.partition(), 1, Integer::sum);
                cursors.put(r.partition(), r.offset());
            });
            // A partition read to its end in this snapshot is done up to what the view applied there.
            wanted.keySet().forEach(p -> {
                if (perPartition.getOrDefault(p, 0) < page) {
                    cursors.put(p, applied.get(p));
                }
            });
            if (rows.isEmpty()) {
                return Uni.createFrom().item(List.<StreamItem>of());
            }
            Set<UUID> ids = new HashSet<>();
            rows.forEach(r -> ids.add(r.activityId()));
            return views.load(tx, ids).chain(states -> StreamFeedQueries.lastApplied(tx, ids)
                    .map(last -> RemoteItems.of(rows, states, last)));
        });
    }
}
