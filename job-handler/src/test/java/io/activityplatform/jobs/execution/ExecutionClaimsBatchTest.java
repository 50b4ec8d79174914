package io.activityplatform.jobs.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.jobs.metrics.JobMetrics;
import io.activityplatform.jobs.support.Activities;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.claim.Claim;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The execution table as a batch claim ledger (issue 11): a batch of claims is recorded with one statement
 * (all rows or none), the lost ones are removed with one more and nothing else is, and a batch of claims
 * mixing a winner and a loser is decided claim by claim, each counted.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "job_handler"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class ExecutionClaimsBatchTest {

    @Inject
    ExecutionClaims claimer;
    @Inject
    ProcessInstance instance;
    @Inject
    Activities activities;
    @Inject
    JobMetrics metrics;
    @Inject
    Pool pool;

    @Test
    void aBatchIsRecordedWithOneStatementAllRowsOrNone() {
        List<StatusChanged> batch = claims(3);

        claimer.recordAll(batch).await().atMost(Activities.WAIT);

        Map<UUID, Row> rows = rows(batch);
        assertThat(rows).hasSize(3);
        batch.forEach(claim -> {
            Row row = rows.get(claim.eventId());
            assertThat(row.getUUID("activity_id")).isEqualTo(claim.activityId());
            assertThat(row.getString("instance_id")).isEqualTo(instance.id());
            assertThat(row.getOffsetDateTime("heartbeat_at")).isEqualTo(row.getOffsetDateTime("started_at"));
        });

        // a batch in which one claim is already recorded fails as a whole: the statement wrote none of its rows
        List<StatusChanged> overlapping = new ArrayList<>(claims(2));
        overlapping.add(batch.get(1));
        assertThatThrownBy(() -> claimer.recordAll(overlapping).await().atMost(Activities.WAIT))
                .hasMessageContaining("job_executions");
        assertThat(rows(overlapping.subList(0, 2))).isEmpty();
    }

    @Test
    void forgettingTheLostRemovesTheirRowsAndNoOther() {
        List<StatusChanged> batch = claims(4);
        claimer.recordAll(batch).await().atMost(Activities.WAIT);

        claimer.forgetAll(List.of(batch.get(0), batch.get(2))).await().atMost(Activities.WAIT);

        assertThat(rows(batch).keySet()).containsExactlyInAnyOrder(batch.get(1).eventId(), batch.get(3).eventId());
        claimer.forgetAll(List.of()).await().atMost(Activities.WAIT);
        assertThat(rows(batch)).hasSize(2);
    }

    @Test
    void aMixedBatchIsDecidedClaimByClaimAndOnlyTheWinnersKeepTheirRows() {
        // the reactor leaves a SCHEDULED activity due in a year alone, and the server table lets it be claimed
        UUID future = activities.create(Activities.definition("SyncPocketRequest", null,
                io.activityplatform.jobs.support.ScriptedHandlers.parameters("quick"),
                Instant.parse("2099-01-01T00:00:00Z"), null, null, null), ActivityStatus.SCHEDULED);
        UUID blocked = activities.create(Activities.scripted("quick"), ActivityStatus.BLOCKED);
        ActivityState seenFuture = activities.state(future);
        ActivityState seenBlocked = activities.state(blocked);
        activities.change(blocked, ActivityStatus.CANCELED, Activities.OPERATOR, null); // the view moved on
        long wonBefore = metrics.snapshot().claimsWon();
        long lostBefore = metrics.snapshot().claimsLost();

        List<Claim> results = claimer.claimAllForExecution(List.of(seenFuture, seenBlocked))
                .await().atMost(Activities.WAIT);

        assertThat(results).extracting(Claim::outcome).containsExactly(Claim.Outcome.WON, Claim.Outcome.LOST);
        assertThat(results.get(0).state().claimedBy(results.get(0).event().eventId())).isTrue();
        assertThat(results.get(1).state().status()).isEqualTo(ActivityStatus.CANCELED);
        assertThat(metrics.snapshot().claimsWon()).isEqualTo(wonBefore + 1);
        assertThat(metrics.snapshot().claimsLost()).isEqualTo(lostBefore + 1);
        assertThat(rows(results.stream().map(Claim::event).toList()).keySet())
                .containsExactly(results.get(0).event().eventId());
        activities.cancel(future); // nothing runs it: this test called the claimer, not the reactor
        activities.awaitStatus(future, ActivityStatus.CANCELED);
    }

    private static List<StatusChanged> claims(int count) {
        List<StatusChanged> claims = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            claims.add(new StatusChanged(UUID.randomUUID(), UUID.randomUUID(), Instant.now(),
                    Actor.service("job-handler"), "test", ActivityStatus.QUEUED, ActivityStatus.IN_PROGRESS, 1,
                    "test", null, null));
        }
        return claims;
    }

    private Map<UUID, Row> rows(List<StatusChanged> claims) {
        Map<UUID, Row> rows = new HashMap<>();
        pool.preparedQuery("select * from job_executions where claim_event_id = any($1)")
                .execute(Tuple.tuple().addArrayOfUUID(claims.stream().map(StatusChanged::eventId)
                        .toArray(UUID[]::new)))
                .await().atMost(Activities.WAIT)
                .forEach(row -> rows.put(row.getUUID("claim_event_id"), row));
        return rows;
    }
}
