package io.activityplatform.jobs.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.jobs.handler.Parameters;
import io.activityplatform.jobs.support.Activities;
import io.activityplatform.jobs.support.ActivityLog;
import io.activityplatform.jobs.support.Scans;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.time.MutableClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A server activity from the queue (or a schedule) through a claim and its handler to SUCCEEDED. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "job_handler"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class ServerActivityLifecycleTest {

    @Inject
    Activities activities;
    @Inject
    ActivityLog log;
    @Inject
    Scans scans;
    @Inject
    MutableClock clock;

    @Test
    void aQueuedServerActivityIsClaimedRunAndSucceeds() {
        UUID id = activities.create(ActivityDefinition.of("SyncPocketRequest", null,
                Map.of("distribution", "ubuntu", "series", "noble", "pocket", "updates")), ActivityStatus.QUEUED);

        ActivityState done = activities.awaitFinal(id);

        assertThat(done.status()).isEqualTo(ActivityStatus.SUCCEEDED);
        assertThat(done.statusVersion()).isEqualTo(3);
        assertThat(done.claimedBy()).isEqualTo(Actor.service("job-handler"));
        assertThat(done.progressPercent()).isEqualTo(100);
        assertThat(done.output()).contains("[SIMULATION] syncing ubuntu noble-updates").contains("done");
        // reports within ExecutionContext.COALESCE go out together: a fast run may send all its output in one
        assertThat(done.outputSequence()).isPositive();
        assertThat(done.result().code()).isZero();
        assertThat(done.result().text()).startsWith("SIMULATION: synced ubuntu noble-updates");
        assertThat(log.events(id)).filteredOn(StatusChanged.class::isInstance).map(StatusChanged.class::cast)
                .extracting(StatusChanged::to, StatusChanged::expectedVersion, StatusChanged::source)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ActivityStatus.IN_PROGRESS, 1, "job-handler"),
                        org.assertj.core.groups.Tuple.tuple(ActivityStatus.SUCCEEDED, 2, "job-handler"));
    }

    @Test
    void invalidParametersFailTheActivityNamingTheField() {
        UUID id = activities.create(ActivityDefinition.of("SyncPocketRequest", null,
                Map.of("distribution", "ubuntu", "pocket", "updates")), ActivityStatus.QUEUED);

        ActivityState done = activities.awaitFinal(id);

        assertThat(done.status()).isEqualTo(ActivityStatus.FAILED);
        assertThat(done.error().code()).isEqualTo(Parameters.INVALID_PARAMETERS);
        assertThat(done.error().message()).contains("parameters.series");
    }

    @Test
    void aScheduledServerActivityIsPromotedWhenItsTimeComesAndNotBefore() {
        UUID id = activities.create(Activities.definition("SyncPocketRequest", null,
                io.activityplatform.jobs.support.ScriptedHandlers.parameters("quick"),
                clock.instant().plus(Duration.ofHours(1)), null, null, null), ActivityStatus.SCHEDULED);

        scans.awaitTwoMore();
        assertThat(activities.state(id).status()).isEqualTo(ActivityStatus.SCHEDULED);

        clock.advance(Duration.ofHours(1));
        ActivityState done = activities.awaitFinal(id);

        assertThat(done.status()).isEqualTo(ActivityStatus.SUCCEEDED);
        assertThat(done.statusVersion()).isEqualTo(4);
        assertThat(done.output()).isEqualTo("step 1\nstep 2\n");
        assertThat(log.events(id)).filteredOn(StatusChanged.class::isInstance).map(StatusChanged.class::cast)
                .first().satisfies(promotion -> {
                    assertThat(promotion.to()).isEqualTo(ActivityStatus.QUEUED);
                    assertThat(promotion.reason()).contains("deliverAfter");
                });
    }

    @Test
    void aBlockedServerActivityWaitsForItsApprover() {
        UUID id = activities.create(Activities.scripted("quick"), ActivityStatus.BLOCKED);

        scans.awaitTwoMore();
        assertThat(activities.state(id).status()).isEqualTo(ActivityStatus.BLOCKED);

        activities.change(id, ActivityStatus.QUEUED, Activities.OPERATOR, null);
        assertThat(activities.awaitFinal(id).status()).isEqualTo(ActivityStatus.SUCCEEDED);
    }
}
