package io.activityplatform.jobs.execution;

import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.jobs.repository.OutcomeRepository;
import io.activityplatform.jobs.repository.OutcomeRepository.StoredOutcome;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Stores the outcomes of workers finishing at once with one statement (issue 11): while one statement is in
 * flight, the outcomes arriving meanwhile wait and go together in the next. Each caller's store completes
 * only once the statement holding its outcome committed (durable before publish, issue 10 §5), and fails
 * with it. Bounded: at most {@code capacity} outcomes wait (each worker waits for its own, so at most the
 * worker count does); beyond that a store fails at once and the caller retries.
 */
final class OutcomeBatcher {

    private final OutcomeRepository repository;
    private final String instanceId;
    private final Clock clock;
    private final BlockingQueue<Pending> waiting;
    private final AtomicBoolean storing = new AtomicBoolean();

    OutcomeBatcher(OutcomeRepository repository, String instanceId, Clock clock, int capacity) {
        this.repository = repository;
        this.instanceId = instanceId;
        this.clock = clock;
        this.waiting = new ArrayBlockingQueue<>(capacity);
    }

    Uni<Void> store(UUID claimEventId, StatusChanged outcome) {
        return Uni.createFrom().emitter(emitter -> {
            if (!waiting.offer(new Pending(new StoredOutcome(outcome.activityId(), claimEventId, outcome), emitter))) {
                emitter.fail(new IllegalStateException("too many outcomes waiting to be stored"));
                return;
            }
            storeWaiting();
        });
    }

    /** One statement at a time, for everything waiting when it starts. */
    private void storeWaiting() {
        if (!storing.compareAndSet(false, true)) {
            return;
        }
        List<Pending> batch = new ArrayList<>();
        waiting.drainTo(batch);
        if (batch.isEmpty()) {
            storing.set(false);
            if (!waiting.isEmpty()) {
                storeWaiting();
            }
            return;
        }
        // one row per claim: a caller retrying after a failure never overlaps its first attempt, but be sure
        Map<UUID, StoredOutcome> rows = new LinkedHashMap<>();
        batch.forEach(p -> rows.put(p.outcome().claimEventId(), p.outcome()));
        repository.storeAll(List.copyOf(rows.values()), instanceId, clock.instant()).subscribe().with(
                stored -> done(batch, null),
                failure -> done(batch, failure));
    }

    private void done(List<Pending> batch, Throwable failure) {
        storing.set(false);
        for (Pending pending : batch) {
            if (failure == null) {
                pending.emitter().complete(null);
            } else {
                pending.emitter().fail(failure);
            }
        }
        storeWaiting();
    }

    private record Pending(StoredOutcome outcome, UniEmitter<? super Void> emitter) {
    }
}
