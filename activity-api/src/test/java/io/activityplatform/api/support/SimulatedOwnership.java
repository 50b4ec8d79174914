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

    public void othersOwnEverything(boolean on) {
        othersOwnEverything = on;
    }

    @Override
    public boolean owns(String topic, int partition) {
        return !othersOwnEverything && super.owns(topic, partition);
    }
}
