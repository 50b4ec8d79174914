package io.activityplatform.service.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The batch the projection is writing while it polls the next one: up to {@code parallelism} concurrent
 * transactions, one per group of whole partitions ({@link PartitionGroups}), each committing its partitions'
 * view rows and offsets together. Only touched by the consumer's thread.
 */
final class BatchInFlight {

    /** One transaction of the batch: a group of whole partitions and its write. */
    private record GroupWrite(List<PolledRecord> records, CompletableFuture<ProjectionWriter.Written> write) {
    }

    private final ProjectionWriter writer;
    private final AppliedOffsets applied;
    private final int parallelism;
    private final long timeoutSeconds;
    private final BatchIsolation isolation;
    private List<GroupWrite> groups = List.of();

    BatchInFlight(ProjectionWriter writer, AppliedOffsets applied, int parallelism, long timeoutSeconds) {
        this.writer = writer;
        this.applied = applied;
        this.parallelism = parallelism;
        this.timeoutSeconds = timeoutSeconds;
        this.isolation = new BatchIsolation(writer, applied, timeoutSeconds);
    }

    boolean isEmpty() {
        return groups.isEmpty();
    }

    /** Starts one transaction per group; all fold on the same applied offsets (their partitions are disjoint). */
    void start(List<PolledRecord> batch) {
        Map<String, Long> done = applied.snapshot();
        List<GroupWrite> writes = new ArrayList<>();
        for (List<PolledRecord> group : PartitionGroups.split(batch, parallelism)) {
            writes.add(new GroupWrite(group, writer.write(group, done).subscribeAsCompletionStage()
                    .toCompletableFuture()));
        }
        groups = writes;
    }

    /** Forgets the batch after a failure: the retry re-reads it from the stored offsets. */
    void drop() {
        groups = List.of();
    }

    /**
     * Waits for every group, handing each commit to {@code committed}. A group that failed for a reason that
     * would repeat is isolated record by record instead of retried forever; any other failure is rethrown
     * after all groups are settled, so the retry re-reads exactly the partitions whose offsets did not advance.
     */
    void finish(Consumer<ProjectionWriter.Written> committed) {
        List<GroupWrite> pending = groups;
        groups = List.of();
        RuntimeException retry = null;
        for (GroupWrite group : pending) {
            try {
                finishGroup(group, committed);
            } catch (RuntimeException e) {
                if (retry == null) {
                    retry = e;
                } else {
                    retry.addSuppressed(e);
                }
            }
        }
        if (retry != null) {
            throw retry;
        }
    }

    private void finishGroup(GroupWrite group, Consumer<ProjectionWriter.Written> committed) {
        ProjectionWriter.Written written;
        try {
            written = ProjectionWriter.await(group.write(), timeoutSeconds);
        } catch (RuntimeException e) {
            if (!ProjectionFailures.isDeterministic(e)) {
                throw e;
            }
            isolation.isolate(group.records(), e, committed);
            return;
        }
        committed.accept(written);
    }
}
