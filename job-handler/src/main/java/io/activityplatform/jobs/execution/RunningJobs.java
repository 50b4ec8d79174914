package io.activityplatform.jobs.execution;

import io.activityplatform.jobs.config.JobsConfig;
import io.activityplatform.service.claim.ClaimStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The executions running in this process, by activity id, within the configured concurrency. A claim published
 * but not yet decided holds a slot too ({@link #reserve}): the reactor does not wait for its claims (issue 11),
 * so the next scan must neither claim the same activity again nor overfill the slots.
 */
@ApplicationScoped
public class RunningJobs {

    private final Map<UUID, RunningJob> byActivity = new ConcurrentHashMap<>();
    private final Set<UUID> claiming = ConcurrentHashMap.newKeySet();
    private final int concurrency;

    public RunningJobs(JobsConfig config) {
        this.concurrency = config.concurrency();
    }

    public int concurrency() {
        return concurrency;
    }

    public int free() {
        return Math.max(0, concurrency - byActivity.size() - claiming.size());
    }

    /** Holds a slot for a claim in flight; false if this activity already has one. Bounded by {@link #free}. */
    public boolean reserve(UUID activityId) {
        return claiming.add(activityId);
    }

    /** The claim was decided: a won claim has started its execution (which now holds the slot) before this. */
    public void release(UUID activityId) {
        claiming.remove(activityId);
    }

    public boolean isClaiming(UUID activityId) {
        return claiming.contains(activityId);
    }

    /** Claims published and not yet decided. */
    public int claiming() {
        return claiming.size();
    }

    public int size() {
        return byActivity.size();
    }

    public boolean isRunning(UUID activityId) {
        return byActivity.containsKey(activityId);
    }

    public Optional<RunningJob> get(UUID activityId) {
        return Optional.ofNullable(byActivity.get(activityId));
    }

    public Collection<RunningJob> all() {
        return List.copyOf(byActivity.values());
    }

    public Set<UUID> activityIds() {
        return Set.copyOf(byActivity.keySet());
    }

    public List<UUID> claimEventIds() {
        return byActivity.values().stream().map(RunningJob::claimEventId).toList();
    }

    /**
     * Stops the execution of this activity if the view shows that it no longer runs under our claim
     * (canceled, timed out, failed by anyone): the handler is interrupted and emits nothing further.
     */
    public void stopIfMovedOn(ClaimStatus now) {
        RunningJob job = byActivity.get(now.activityId());
        if (job != null && !now.heldUnder(job.claimEventId())) {
            job.stop(now.movedOnReason());
        }
    }

    void add(RunningJob job) {
        if (byActivity.putIfAbsent(job.activityId(), job) != null) {
            throw new IllegalStateException("activity " + job.activityId() + " already runs in this process");
        }
    }

    void remove(RunningJob job) {
        byActivity.remove(job.activityId(), job);
    }
}
