package io.activityplatform.jobs.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.jobs.repository.OutcomeRepository.StoredOutcome;
import io.activityplatform.local.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The writes of job_executions that touch many rows at once lock them in the same (key) order, so they never
 * deadlock. The benchmark's PostgreSQL log showed "deadlock detected" between the heartbeat of the running
 * executions and a batch of outcomes for the same claims, each taking the rows in its own order; PostgreSQL
 * then aborts one, and a worker's outcome store fails and has to be retried.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "job_handler"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class ExecutionLockOrderTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int ROWS = 200;
    private static final int ROUNDS = 15;

    @Inject
    ExecutionRepository executions;
    @Inject
    OutcomeRepository outcomes;
    @Inject
    Pool pool;

    @Test
    void heartbeatsOutcomeBatchesAndDeletesOfTheSameClaimsAtOnceNeverDeadlock() {
        List<UUID> kept = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<UUID> claims = IntStream.range(0, ROWS).mapToObj(i -> UUID.randomUUID()).toList();
            List<UUID> activities = IntStream.range(0, ROWS).mapToObj(i -> UUID.randomUUID()).toList();
            executions.insertAll(claims, activities, "lock-order-test", Instant.now()).await().atMost(WAIT);
            List<StoredOutcome> batch = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) {
                batch.add(new StoredOutcome(activities.get(i), claims.get(i), end(activities.get(i))));
            }
            // the batch in PostgreSQL's descending uuid order (bytewise, as the lowercase text sorts): the
            // opposite of the order an index scan for the heartbeat meets the rows in
            batch.sort(Comparator.comparing((StoredOutcome o) -> o.claimEventId().toString()).reversed());
            List<UUID> descending = batch.stream().map(StoredOutcome::claimEventId).toList();

            Uni.combine().all().unis(
                            executions.heartbeat(claims, Instant.now()),
                            outcomes.storeAll(batch, "lock-order-test", Instant.now()),
                            executions.heartbeat(descending, Instant.now()),
                            executions.deleteAll(descending.subList(0, ROWS / 2)))
                    .discardItems().await().atMost(WAIT);
            kept.addAll(descending.subList(ROWS / 2, ROWS));
        }
        long stored = pool.preparedQuery("select count(*) from job_executions where claim_event_id = any($1)"
                        + " and outcome is not null")
                .execute(Tuple.tuple().addArrayOfUUID(kept.toArray(UUID[]::new))).await().atMost(WAIT)
                .iterator().next().getLong(0);
        assertThat(stored).as("every outcome of a claim not deleted is stored").isEqualTo(kept.size());
    }

    private static StatusChanged end(UUID activityId) {
        return new StatusChanged(UUID.randomUUID(), activityId, Instant.now(), Actor.service("job-handler"), "test",
                ActivityStatus.IN_PROGRESS, ActivityStatus.SUCCEEDED, 2, "done", null, null);
    }
}
