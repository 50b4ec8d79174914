package io.activityplatform.jobs.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.events.event.ActivityError;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.jobs.execution.RunningJobs;
import io.activityplatform.jobs.support.Activities;
import io.activityplatform.jobs.support.JobScripts;
import io.activityplatform.jobs.support.ScriptedHandlers;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.claim.ClaimStatus;
import io.activityplatform.service.projection.ActivityViewStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every scan checks the running executions against the view's claim columns (not whole states, issue 11): an
 * activity that moved on in the view without this replica's projection seeing it (another replica projected
 * the cancel) is stopped by the next scan, and the columns say what the whole state says.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "job_handler"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class MovedOnScanTest {

    @Inject
    Activities activities;
    @Inject
    JobScripts scripts;
    @Inject
    RunningJobs running;
    @Inject
    ActivityViewStore views;
    @Inject
    Pool pool;

    @Test
    void theClaimColumnsSayWhatTheWholeStateSays() {
        UUID queued = activities.createClient(ActivityStatus.QUEUED);
        UUID runs = activities.createClient(ActivityStatus.QUEUED);
        activities.change(runs, ActivityStatus.IN_PROGRESS, Actor.service("message-system"), null);
        UUID failed = activities.createClient(ActivityStatus.QUEUED);
        activities.change(failed, ActivityStatus.IN_PROGRESS, Actor.service("message-system"), null);
        activities.change(failed, ActivityStatus.FAILED, Actor.service("message-system"),
                new ActivityError("EXECUTION_FAILED", "it broke"));

        List<ClaimStatus> read = views.claimStatuses(pool, List.of(queued, runs, failed, UUID.randomUUID()))
                .await().atMost(Activities.WAIT);

        assertThat(read).containsExactlyInAnyOrder(ClaimStatus.of(activities.state(queued)),
                ClaimStatus.of(activities.state(runs)), ClaimStatus.of(activities.state(failed)));
        assertThat(read).filteredOn(s -> s.activityId().equals(runs)).singleElement()
                .satisfies(s -> assertThat(s.claimEventId()).isNotNull());
        assertThat(read).filteredOn(s -> s.activityId().equals(failed)).singleElement()
                .satisfies(s -> assertThat(s.movedOnReason()).isEqualTo("activity is now FAILED (EXECUTION_FAILED)"));
    }

    @Test
    void anExecutionWhoseActivityMovedOnOutsideThisProjectionIsStoppedByTheNextScan() {
        UUID id = activities.create(Activities.definition("SyncPocketRequest", null,
                ScriptedHandlers.parameters("block"), null, null, null, null), ActivityStatus.QUEUED);
        // the handler's last events (its log line, 10 %) are folded: nothing later puts the row back
        await().atMost(Activities.WAIT).until(() -> scripts.started(id) && running.isRunning(id)
                && activities.find(id).map(s -> Integer.valueOf(10).equals(s.progressPercent())
                        && s.output().contains("blocking until stopped")).orElse(false));

        // as another replica's projection would leave it: the view moved on, this replica's listener saw nothing
        pool.preparedQuery("update activity_view set status = 'CANCELED',"
                        + " state = jsonb_set(state, '{status}', '\"CANCELED\"') where id = $1")
                .execute(Tuple.of(id)).await().atMost(Activities.WAIT);

        await().atMost(Activities.WAIT).until(() -> scripts.interrupted(id) && !running.isRunning(id));
    }
}
