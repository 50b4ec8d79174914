package io.activityplatform.jobs.lifecycle;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.jobs.execution.RunningJobs;
import io.activityplatform.jobs.handler.JobOutcome;
import io.activityplatform.jobs.support.Activities;
import io.activityplatform.jobs.support.JobScripts;
import io.activityplatform.jobs.support.Scans;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.time.MutableClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The concurrency limit holds claims back, and a view rebuild never makes finished work run again. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "job_handler"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class ConcurrencyAndRebuildTest {

    @Inject
    Activities activities;
    @Inject
    JobScripts scripts;
    @Inject
    RunningJobs running;
    @Inject
    Scans scans;
    @Inject
    MutableClock clock;

    @Test
    void noMoreHandlersRunThanTheConcurrencyLimitAndTheRestWaitQueued() {
        CountDownLatch gate = new CountDownLatch(1);
        scripts.register("gated", context -> {
            gate.await();
            return JobOutcome.succeeded("through the gate");
        });
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < running.concurrency() + 2; i++) {
            ids.add(activities.create(Activities.scripted("gated"), ActivityStatus.QUEUED));
        }

        await().atMost(Activities.WAIT).until(() -> running.size() == running.concurrency());
        scans.awaitTwoMore();
        assertThat(running.size()).isEqualTo(running.concurrency());
        assertThat(ids.stream().filter(id -> activities.state(id).status() == ActivityStatus.QUEUED)).hasSize(2);

        gate.countDown();
        assertThat(ids).allSatisfy(id -> assertThat(activities.awaitFinal(id).status())
                .isEqualTo(ActivityStatus.SUCCEEDED));
    }

    @Test
    void rebuildingTheViewRunsNothingAgain() {
        UUID id = activities.create(Activities.scripted("quick"), ActivityStatus.QUEUED);
        assertThat(activities.awaitFinal(id).status()).isEqualTo(ActivityStatus.SUCCEEDED);

        given().post("/admin/projection/rebuild").then().statusCode(200);
        await().atMost(Activities.WAIT).until(() -> activities.find(id).map(s -> s.isFinal()).orElse(false));
        clock.advance(Duration.ofMinutes(5));
        scans.awaitTwoMore();

        assertThat(activities.state(id).status()).isEqualTo(ActivityStatus.SUCCEEDED);
        assertThat(scripts.executions(id)).isEqualTo(1);
    }
}
