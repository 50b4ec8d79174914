package io.activityplatform.jobs.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.jobs.metrics.JobMetrics;
import io.activityplatform.jobs.support.Activities;
import io.activityplatform.service.claim.Claim;
import io.activityplatform.local.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A claim made on a stale view loses, is counted as lost and leaves no execution row behind. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "job_handler"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class ExecutionClaimsTest {

    @Inject
    ExecutionClaims claimer;
    @Inject
    Activities activities;
    @Inject
    JobMetrics metrics;
    @Inject
    Pool pool;

    @Test
    void aClaimOnAnOutdatedVersionLosesAndForgetsItsExecution() {
        UUID id = activities.create(Activities.scripted("quick"), ActivityStatus.BLOCKED);
        ActivityState seen = activities.state(id);
        activities.change(id, ActivityStatus.CANCELED, Activities.OPERATOR, null);
        long lostBefore = metrics.snapshot().claimsLost();

        Claim claim = claimer.claimForExecution(seen).await().atMost(Activities.WAIT);

        assertThat(claim.outcome()).isEqualTo(Claim.Outcome.LOST);
        assertThat(claim.state().status()).isEqualTo(ActivityStatus.CANCELED);
        assertThat(claim.event().expectedVersion()).isEqualTo(1);
        assertThat(metrics.snapshot().claimsLost()).isEqualTo(lostBefore + 1);
        assertThat(pool.preparedQuery("select count(*) from job_executions where claim_event_id = $1")
                .execute(Tuple.of(claim.event().eventId())).await().atMost(Activities.WAIT)
                .iterator().next().getLong(0)).isZero();
    }
}
