package io.activityplatform.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.WaitCondition;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.jobs.execution.ExecutionClaims;
import io.activityplatform.jobs.support.Activities;
import io.activityplatform.jobs.support.ScriptedHandlers;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.metrics.MetricsScrape;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * job-handler's figures at /q/metrics move with real work: claims won and lost, handler runs and their
 * durations by type, reactions by rule; and the JSON view at /admin/jobs reads the same meters.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "job_handler"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class JobMetricsTest {

    private static final String TYPE = "SyncPocketRequest";

    @Inject
    Activities activities;
    @Inject
    ExecutionClaims claimer;
    @Inject
    JobMetrics metrics;

    @Test
    void aReleasedAndExecutedActivityMovesClaimsRunsDurationsAndReactions() {
        MetricsScrape before = MetricsScrape.scrape();
        UUID dependency = activities.createClient(ActivityStatus.QUEUED);
        UUID waiting = activities.create(Activities.definition(TYPE, null, ScriptedHandlers.parameters("quick"),
                null, null, new WaitCondition(dependency, WaitCondition.Until.FINISHED, null), null),
                ActivityStatus.WAITING);
        activities.change(dependency, ActivityStatus.CANCELED, Actor.user("operator"), null);

        assertThat(activities.awaitFinal(waiting).status()).isEqualTo(ActivityStatus.SUCCEEDED);

        MetricsScrape after = MetricsScrape.scrape();
        assertThat(delta(before, after, "activities_claims_total", "outcome=won")).isGreaterThanOrEqualTo(1);
        assertThat(delta(before, after, "activities_handler_runs_total", "type=" + TYPE, "outcome=succeeded"))
                .isGreaterThanOrEqualTo(1);
        assertThat(delta(before, after, "activities_handler_seconds_count", "type=" + TYPE)).isGreaterThanOrEqualTo(1);
        assertThat(delta(before, after, "activities_reactions_total", "rule=WAITING_QUEUED")).isGreaterThanOrEqualTo(1);
        assertThat(metrics.snapshot().succeeded()).isEqualTo((long) after.sum("activities_handler_runs_total",
                "outcome=succeeded"));
    }

    @Test
    void aLostClaimIsCountedAsLost() {
        UUID id = activities.create(Activities.scripted("quick"), ActivityStatus.BLOCKED);
        ActivityState seen = activities.state(id);
        activities.change(id, ActivityStatus.CANCELED, Activities.OPERATOR, null);
        MetricsScrape before = MetricsScrape.scrape();

        claimer.claimForExecution(seen).await().atMost(Activities.WAIT);

        assertThat(delta(before, MetricsScrape.scrape(), "activities_claims_total", "outcome=lost")).isEqualTo(1);
    }

    private static double delta(MetricsScrape before, MetricsScrape after, String name, String... labels) {
        return after.sum(name, labels) - before.sum(name, labels);
    }
}
