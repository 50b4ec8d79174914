package io.activityplatform.jobs.support;

import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.jobs.publishing.JobEvents;
import io.activityplatform.service.config.PlatformConfig;
import io.activityplatform.service.projection.RecordPosition;
import io.activityplatform.service.publishing.EventPublisher;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The job-handler's publishing with injected faults: the final status change (out of IN_PROGRESS) of an armed
 * activity fails to publish, a given number of times or until disarmed, as a broker outage would make it.
 * Nothing is armed unless a test arms it, so every other test publishes as usual. A singleton: a subclass
 * of a bean class with only an injecting constructor cannot be proxied.
 */
@Alternative
@Priority(1)
@Singleton
public class FlakyPublishing extends JobEvents {

    /** Arm with this many failures for "until disarmed". */
    public static final int FOREVER = Integer.MAX_VALUE;

    private final Map<UUID, AtomicInteger> remaining = new ConcurrentHashMap<>();
    private final Map<UUID, AtomicInteger> failed = new ConcurrentHashMap<>();

    public FlakyPublishing(EventPublisher publisher, PlatformConfig platform, Clock clock) {
        super(publisher, platform, clock);
    }

    public void failFinalPublish(UUID activityId, int times) {
        remaining.put(activityId, new AtomicInteger(times));
    }

    public void disarm(UUID activityId) {
        remaining.remove(activityId);
    }

    /** How many publishes of the activity's final status change failed by injection. */
    public int failures(UUID activityId) {
        AtomicInteger count = failed.get(activityId);
        return count == null ? 0 : count.get();
    }

    @Override
    public Uni<RecordPosition> publish(ActivityEvent event) {
        if (event instanceof StatusChanged change && change.from() == ActivityStatus.IN_PROGRESS
                && change.to().isFinal() && take(change.activityId())) {
            failed.computeIfAbsent(change.activityId(), k -> new AtomicInteger()).incrementAndGet();
            return Uni.createFrom().failure(new IllegalStateException("injected: broker unreachable"));
        }
        return super.publish(event);
    }

    private boolean take(UUID activityId) {
        AtomicInteger left = remaining.get(activityId);
        return left != null && left.getAndUpdate(n -> n == FOREVER || n == 0 ? n : n - 1) > 0;
    }
}
