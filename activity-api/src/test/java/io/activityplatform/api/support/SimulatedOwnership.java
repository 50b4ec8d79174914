package io.activityplatform.api.support;

import io.activityplatform.service.projection.PartitionOwnership;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * The real partition ownership, unless a test says another replica projects every partition: a second
 * replica cannot run in the test JVM, so this replica keeps projecting (the database stays current) while its
 * streams must get the events the way they would from another replica. Off unless a test turns it on.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class SimulatedOwnership extends PartitionOwnership {

    private volatile boolean othersOwnEverything;
    private volatile long takenOverAt = -1;

    public void othersOwnEverything(boolean on) {
        othersOwnEverything = on;
    }

    /** Every partition this replica projects counts as taken over when the view had applied {@code offset}. */
    public void takenOverAt(long offset) {
        takenOverAt = offset;
    }

    @Override
    public long takenOverAt(String topic, int partition) {
        return Math.max(takenOverAt, super.takenOverAt(topic, partition));
    }

    @Override
    public boolean owns(String topic, int partition) {
        return !othersOwnEverything && super.owns(topic, partition);
    }
}
