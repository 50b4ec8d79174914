package io.activityplatform.jobs.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.codec.Topics;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.jobs.support.Activities;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.projection.ProjectionWatermark;
import io.activityplatform.service.projection.RecordPosition;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Read-your-writes is notified, not polled per waiter: many commands waiting at once cost one shared query
 * per interval, not one query per waiter every few milliseconds, and an applied record answers at once.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "job_handler"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class ReadYourWritesCostTest {

    private static final int WAITERS = 300;

    @Inject
    ProjectionWatermark watermark;
    @Inject
    Activities activities;

    @Test
    void manyWaitersShareOneQueryPerIntervalHoweverLongTheyWait() {
        // a position the view will not reach during the test: every waiter waits its full bound
        RecordPosition never = new RecordPosition(Topics.ACTIVITY_EVENTS, 0, Long.MAX_VALUE - 1);
        long before = watermark.watcherQueries();

        List<Boolean> outcomes = Uni.join().all(IntStream.range(0, WAITERS)
                        .mapToObj(i -> watermark.awaitApplied(never, Duration.ofSeconds(2))).toList())
                .andFailFast().await().atMost(Duration.ofSeconds(60));

        long queries = watermark.watcherQueries() - before;
        assertThat(outcomes).containsOnly(false);
        assertThat(queries).as("one shared query per interval, independent of the %d waiters", WAITERS)
                .isPositive().isLessThan(WAITERS);
    }

    @Test
    void aWaiterForAnAppliedRecordCompletesFromTheProjectionSignal() {
        activities.create(Activities.scripted("quick"), ActivityStatus.BLOCKED);

        assertThat(watermark.applied()).as("the projection signalled what it committed").isNotEmpty();
        String key = watermark.applied().keySet().iterator().next();
        int cut = key.lastIndexOf(':');
        RecordPosition applied = new RecordPosition(key.substring(0, cut), Integer.parseInt(key.substring(cut + 1)),
                watermark.applied().get(key));

        assertThat(watermark.awaitApplied(applied, Duration.ofSeconds(5)).await().atMost(Duration.ofSeconds(10)))
                .isTrue();
    }
}
