package io.activityplatform.service.projection;

import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.service.config.PlatformConfig;
import io.activityplatform.service.projection.ProjectionOffsets.PartitionProgress;
import io.activityplatform.service.reactive.PipelinedTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Folds one polled batch and writes it in one transaction: the activity view, the computer view, each
 * service listener's own rows, and the applied offsets. Either all of it lands or none of it does.
 */
@ApplicationScoped
public class ProjectionWriter {

    private final Pool pool;
    private final ActivityViewStore activities;
    private final ComputerViewStore computers;
    private final List<ProjectionListener> listeners = new ArrayList<>();
    private final ProjectionStats stats;
    private final RecentStates recent;

    @Inject
    public ProjectionWriter(Pool pool, ActivityViewStore activities, ComputerViewStore computers,
            @Any Instance<ProjectionListener> listeners, ProjectionStats stats, PlatformConfig config) {
        this(pool, activities, computers, listeners, stats, new RecentStates(config.projection().recentStates()));
        stats.stateLoads(recent);
    }

    ProjectionWriter(Pool pool, ActivityViewStore activities, ComputerViewStore computers,
            Instance<ProjectionListener> listeners, ProjectionStats stats, RecentStates recent) {
        this.recent = recent;
        this.pool = pool;
        this.stats = stats;
        this.activities = activities;
        this.computers = computers;
        listeners.forEach(this.listeners::add);
    }

    /** The committed outcome of one batch; {@code skipped} counts replayed records left out. */
    record Written(ProjectionBatch batch, Map<String, PartitionProgress> progress, int skipped) {
    }

    Uni<Written> write(Collection<PolledRecord> records, Map<String, Long> applied) {
        Map<UUID, ActivityState> known = new HashMap<>();
        List<UUID> missing = new ArrayList<>();
        recent.split(RecordFolder.activityIds(records), known, missing);
        long started = System.nanoTime();
        return PipelinedTransaction.run(pool, tx -> activities.load(tx, missing).flatMap(states -> {
            states.putAll(known);
            RecordFolder folder = new RecordFolder(applied, states);
            int skipped = 0;
            for (PolledRecord record : records) {
                skipped += folder.add(record) ? 0 : 1;
            }
            ProjectionBatch batch = folder.batch();
            Written written = new Written(batch, folder.progress(), skipped);
            // SET LOCAL only has to precede the COMMIT: it travels with the writes, no round trip of its own
            List<Uni<Void>> writes = new ArrayList<>();
            writes.add(relaxCommit(tx));
            writes.add(activities.upsert(tx, batch.changed().values()));
            writes.add(computers.apply(tx, batch.computerEvents()));
            listeners.forEach(listener -> writes.add(listener.inTransaction(tx, batch)));
            writes.add(ProjectionQuarantine.insertAll(tx, folder.malformed()));
            writes.add(ProjectionOffsets.save(tx, folder.progress()));
            return pipelined(writes).replaceWith(written);
        })).invoke(w -> recent.remember(w.batch().changed().values()))
                .invoke(w -> stats.batchWritten(w.batch(), records.size(), System.nanoTime() - started));
    }

    /**
     * Sets one record aside: lists it in the quarantine and moves its partition's applied offset past it, in
     * one transaction, without folding it (it counts as rejected) or showing it to the listeners.
     */
    Uni<Written> quarantine(PolledRecord record, String reason) {
        PartitionProgress p = new PartitionProgress(record.topic(), record.partition());
        p.lastOffset = record.offset();
        p.events = 1;
        p.rejected = 1;
        p.quarantined = 1;
        Map<String, PartitionProgress> progress = Map.of(ProjectionOffsets.key(record.topic(), record.partition()), p);
        Written written = new Written(new ProjectionBatch(List.of(), List.of(), Map.of()), progress, 0);
        return PipelinedTransaction.run(pool, tx -> ProjectionQuarantine.insert(tx, record, reason)
                .flatMap(v -> ProjectionOffsets.save(tx, progress))
                .replaceWith(written));
    }

    /**
     * Sends the batch's writes together: the client pipelines them on the transaction's connection in list
     * order (a later statement still sees an earlier one's rows), so an idle batch costs one round trip for
     * all of them instead of one each. Answers once every statement answered; when any failed, with the first
     * failure in list order (the statement that broke the transaction, not a later "transaction aborted"), which
     * is what tells a record that can never be stored from a passing fault ({@link BatchIsolation}).
     */
    static Uni<Void> pipelined(List<Uni<Void>> writes) {
        List<Uni<Throwable>> settled = writes.stream()
                .map(write -> write.onItem().<Throwable>transform(v -> null).onFailure().recoverWithItem(f -> f))
                .toList();
        return Uni.join().all(settled).andFailFast().flatMap(failures -> failures.stream()
                .filter(Objects::nonNull).findFirst()
                .map(first -> Uni.createFrom().<Void>failure(first))
                .orElseGet(() -> Uni.createFrom().voidItem()));
    }

    /**
     * The view is a cache of the log (design §9): its offsets commit in the same transaction, so a commit
     * lost in a database crash is simply re-read from Kafka. The transaction need not wait for its own WAL
     * flush; durability of the events is Kafka's {@code acks=all}.
     */
    static Uni<Void> relaxCommit(SqlConnection tx) {
        return tx.query("SET LOCAL synchronous_commit = off").execute().replaceWithVoid();
    }

    /** Waits for a batch written asynchronously; its failure is rethrown as is. */
    static Written await(CompletableFuture<Written> pending, long timeoutSeconds) {
        try {
            return pending.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing a projection batch", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("projection batch not written within " + timeoutSeconds + " s");
        }
    }

    void afterCommit(ProjectionBatch batch) {
        for (ProjectionListener listener : listeners) {
            listener.afterCommit(batch);
        }
    }

    /** Drops every projected row, the service's own included, for a rebuild from offset 0. */
    Uni<Void> reset() {
        recent.forget();
        return pool.withTransaction(tx -> tx.query("truncate activity_view, computer_view, projection_offsets, projection_quarantine")
                .execute().replaceWithVoid()
                .flatMap(v -> resetListeners(tx)));
    }

    /** Partitions changed hands: another replica may have written their activities meanwhile. */
    void partitionsMoved() {
        recent.forget();
    }

    Uni<Map<String, Long>> appliedOffsets() {
        return ProjectionOffsets.load(pool);
    }

    private Uni<Void> resetListeners(SqlConnection tx) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (ProjectionListener listener : listeners) {
            chain = chain.flatMap(v -> listener.reset(tx));
        }
        return chain;
    }
}
