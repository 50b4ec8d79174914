package io.activityplatform.jobs.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activityplatform.events.codec.EventCodec;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.jobs.repository.OutcomeRepository;
import io.activityplatform.jobs.repository.OutcomeRepository.StoredOutcome;
import io.activityplatform.jobs.support.Activities;
import io.activityplatform.local.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Outcomes stored together (issue 11) on real PostgreSQL: one statement writes every outcome, on a claim's
 * existing execution row or a new one, all or none; and several stores at once through {@link Outcomes} each
 * complete with their own outcome durable.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "job_handler"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class OutcomeBatchStoreTest {

    @Inject
    OutcomeRepository repository;
    @Inject
    Outcomes outcomes;
    @Inject
    ExecutionClaims claimer;
    @Inject
    Pool pool;

    @Test
    void oneStatementStoresEveryOutcomeOnExistingAndNewRows() {
        StatusChanged claimed = claim();
        claimer.recordAll(List.of(claimed)).await().atMost(Activities.WAIT); // the execution row exists
        StoredOutcome onExisting = new StoredOutcome(claimed.activityId(), claimed.eventId(), end(claimed.activityId()));
        UUID freshClaim = UUID.randomUUID();
        UUID freshActivity = UUID.randomUUID();
        StoredOutcome onNew = new StoredOutcome(freshActivity, freshClaim, end(freshActivity));

        repository.storeAll(List.of(onExisting, onNew), "job-handler-test", Instant.now()).await().atMost(Activities.WAIT);

        Map<UUID, String> stored = outcomes(List.of(claimed.eventId(), freshClaim));
        assertThat(stored.get(claimed.eventId())).isEqualTo(json(onExisting.outcome()));
        assertThat(stored.get(freshClaim)).isEqualTo(json(onNew.outcome()));
    }

    @Test
    void aStatementThatCannotStoreOneOutcomeStoresNone() {
        UUID claim = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        UUID activity = UUID.randomUUID();
        StoredOutcome first = new StoredOutcome(activity, claim, end(activity));
        StoredOutcome twice = new StoredOutcome(activity, claim, end(activity)); // the same row twice: rejected
        UUID otherActivity = UUID.randomUUID();
        StoredOutcome fine = new StoredOutcome(otherActivity, other, end(otherActivity));

        assertThatThrownBy(() -> repository.storeAll(List.of(fine, first, twice), "job-handler-test", Instant.now())
                .await().atMost(Activities.WAIT)).isNotNull();

        assertThat(outcomes(List.of(claim, other))).isEmpty();
    }

    @Test
    void storesMadeAtOnceEachCompleteWithTheirOwnOutcomeDurable() {
        List<StatusChanged> claims = List.of(claim(), claim(), claim(), claim(), claim());
        claimer.recordAll(claims).await().atMost(Activities.WAIT);

        List<CompletableFuture<Void>> stores = claims.stream()
                .map(c -> outcomes.store(c.eventId(), end(c.activityId())).subscribe().asCompletionStage()
                        .toCompletableFuture())
                .toList();
        CompletableFuture.allOf(stores.toArray(CompletableFuture[]::new)).join();

        Map<UUID, String> stored = outcomes(claims.stream().map(StatusChanged::eventId).toList());
        assertThat(stored).hasSize(claims.size());
        claims.forEach(c -> assertThat(stored.get(c.eventId())).contains(c.activityId().toString()));
    }

    private Map<UUID, String> outcomes(List<UUID> claimEventIds) {
        Map<UUID, String> found = new HashMap<>();
        pool.preparedQuery("select claim_event_id, outcome from job_executions where claim_event_id = any($1)"
                        + " and outcome is not null")
                .execute(Tuple.tuple().addArrayOfUUID(claimEventIds.toArray(UUID[]::new)))
                .await().atMost(Activities.WAIT)
                .forEach(row -> found.put(row.getUUID("claim_event_id"), row.getString("outcome")));
        return found;
    }

    private static String json(StatusChanged outcome) {
        return new String(EventCodec.encode(outcome), StandardCharsets.UTF_8);
    }

    private static StatusChanged claim() {
        return new StatusChanged(UUID.randomUUID(), UUID.randomUUID(), Instant.now(), Actor.service("job-handler"),
                "test", ActivityStatus.QUEUED, ActivityStatus.IN_PROGRESS, 1, "test", null, null);
    }

    private static StatusChanged end(UUID activityId) {
        return new StatusChanged(UUID.randomUUID(), activityId, Instant.now(), Actor.service("job-handler"), "test",
                ActivityStatus.IN_PROGRESS, ActivityStatus.SUCCEEDED, 2, "done", null, null);
    }
}
