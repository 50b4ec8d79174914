package io.activityplatform.service.projection;

import java.util.List;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * What the projection does with a batch that failed for a reason that would repeat (an unstorable value):
 * bisect it, each half written on its own in log order, and quarantine a single record that still fails, so
 * every storable record is applied and the consumer moves on. A transient failure meanwhile is rethrown, to
 * the ordinary retry from the stored offsets. Runs on the consumer's thread, like the writes it replaces.
 */
final class BatchIsolation {

    /** The consumer's category: operators find quarantine decisions where they find the projection's. */
    private static final Logger LOG = Logger.getLogger(ProjectionConsumer.class);

    private final ProjectionWriter writer;
    private final AppliedOffsets applied;
    private final long timeoutSeconds;

    BatchIsolation(ProjectionWriter writer, AppliedOffsets applied, long timeoutSeconds) {
        this.writer = writer;
        this.applied = applied;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Writes or quarantines every record of {@code records}; each committed write goes to {@code committed}. */
    void isolate(List<PolledRecord> records, RuntimeException failure, Consumer<ProjectionWriter.Written> committed) {
        if (records.size() == 1) {
            PolledRecord bad = records.get(0);
            String reason = ProjectionFailures.describe(failure);
            LOG.errorf("Record %s-%d@%d quarantined, its effect cannot be stored: %s", bad.topic(), bad.partition(),
                    bad.offset(), reason);
            committed.accept(ProjectionWriter.await(writer.quarantine(bad, reason).subscribeAsCompletionStage(),
                    timeoutSeconds));
            return;
        }
        int middle = records.size() / 2;
        for (List<PolledRecord> half : List.of(records.subList(0, middle), records.subList(middle, records.size()))) {
            try {
                committed.accept(ProjectionWriter.await(
                        writer.write(half, applied.snapshot()).subscribeAsCompletionStage(), timeoutSeconds));
            } catch (RuntimeException e) {
                if (!ProjectionFailures.isDeterministic(e)) {
                    throw e;
                }
                isolate(half, e, committed);
            }
        }
    }
}
