package io.activityplatform.jobs.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.jobs.repository.OutcomeRepository;
import io.activityplatform.jobs.repository.OutcomeRepository.StoredOutcome;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Outcomes of workers finishing at once are stored with one statement (issue 11), and each worker's store
 * completes only once the statement holding its outcome committed (durable before publish, issue 10 §5).
 */
class OutcomeBatcherTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    private final List<List<UUID>> statements = new ArrayList<>();
    private final List<UniEmitter<? super Void>> inFlight = new ArrayList<>();
    private final OutcomeBatcher batcher = new OutcomeBatcher(new Statements(), "job-handler-test",
            Clock.fixed(NOW, ZoneOffset.UTC), 3);

    @Test
    void aStoreCompletesOnlyOnceItsStatementCommitted() {
        StatusChanged a = outcome();

        CompletableFuture<Void> stored = store(a);

        assertThat(statements).containsExactly(List.of(a.activityId()));
        assertThat(stored).as("not durable yet: the worker must not publish").isNotDone();
        inFlight.get(0).complete(null);
        assertThat(stored).isCompleted();
    }

    @Test
    void outcomesArrivingWhileAStatementIsInFlightGoTogetherInTheNext() {
        StatusChanged a = outcome();
        StatusChanged b = outcome();
        StatusChanged c = outcome();
        CompletableFuture<Void> storedA = store(a);
        CompletableFuture<Void> storedB = store(b);
        CompletableFuture<Void> storedC = store(c);
        assertThat(statements).hasSize(1);

        inFlight.get(0).complete(null);

        assertThat(storedA).isCompleted();
        assertThat(statements).containsExactly(List.of(a.activityId()), List.of(b.activityId(), c.activityId()));
        assertThat(storedB).isNotDone();
        assertThat(storedC).isNotDone();
        inFlight.get(1).complete(null);
        assertThat(storedB).isCompleted();
        assertThat(storedC).isCompleted();
    }

    @Test
    void aFailedStatementFailsEveryStoreInItAndTheNextOutcomeIsStillStored() {
        CompletableFuture<Void> first = store(outcome());
        CompletableFuture<Void> second = store(outcome());
        inFlight.get(0).complete(null);
        inFlight.get(1).fail(new IllegalStateException("database down"));
        assertThat(first).isCompleted();
        assertThat(second).isCompletedExceptionally();

        CompletableFuture<Void> retried = store(outcome());
        assertThat(statements).hasSize(3);
        inFlight.get(2).complete(null);
        assertThat(retried).isCompleted();
    }

    @Test
    void beyondTheBoundAStoreFailsAtOnce() {
        store(outcome()); // in flight
        store(outcome());
        store(outcome());
        store(outcome()); // three waiting: the bound
        CompletableFuture<Void> overflow = store(outcome());

        assertThat(overflow).isCompletedExceptionally();
        assertThat(statements).hasSize(1);
    }

    private CompletableFuture<Void> store(StatusChanged outcome) {
        return batcher.store(UUID.randomUUID(), outcome).subscribe().asCompletionStage();
    }

    private static StatusChanged outcome() {
        return new StatusChanged(UUID.randomUUID(), UUID.randomUUID(), NOW, Actor.service("job-handler"), "test",
                ActivityStatus.IN_PROGRESS, ActivityStatus.SUCCEEDED, 2, "done", null, null);
    }

    /** Statements that stay in flight until the test commits or fails them. */
    private final class Statements extends OutcomeRepository {
        Statements() {
            super(null);
        }

        @Override
        public Uni<Void> storeAll(List<StoredOutcome> outcomes, String instanceId, Instant now) {
            statements.add(outcomes.stream().map(StoredOutcome::activityId).toList());
            return Uni.createFrom().emitter(inFlight::add);
        }
    }
}
