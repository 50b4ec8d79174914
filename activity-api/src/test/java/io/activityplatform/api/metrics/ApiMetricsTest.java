package io.activityplatform.api.metrics;

import static io.activityplatform.api.support.Api.create;
import static io.activityplatform.api.support.Api.script;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.api.support.LogDriver;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.metrics.MetricsScrape;
import io.activityplatform.service.metrics.ViewGauges;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** activity-api's figures at /q/metrics move when activities are created and canceled. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class ApiMetricsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    LogDriver log;
    @Inject
    ViewGauges view;
    @Inject
    io.activityplatform.service.publishing.EventPublisher publisher;

    @Test
    void projectionReadYourWritesAndViewFiguresMoveUnderLoad() {
        String computer = log.computer();
        MetricsScrape before = MetricsScrape.scrape();

        int created = 5;
        String last = null;
        for (int i = 0; i < created; i++) {
            last = create("alice", script(computer)).statusCode(201).extract().path("id");
        }
        io.activityplatform.api.support.Api.as("bob").body(java.util.Map.of("reason", "metrics"))
                .post("/activities/" + last + "/cancel").then().statusCode(200);
        view.refresh().await().atMost(WAIT);

        MetricsScrape after = MetricsScrape.scrape();
        assertThat(after.sum("activities_projection_events_total", "outcome=applied", "reason=none")
                - before.sum("activities_projection_events_total", "outcome=applied", "reason=none"))
                .isGreaterThanOrEqualTo(created + 1);
        assertThat(after.sum("activities_projection_batch_seconds_count"))
                .isGreaterThan(before.sum("activities_projection_batch_seconds_count"));
        assertThat(after.sum("activities_projection_batch_size_sum"))
                .isGreaterThan(before.sum("activities_projection_batch_size_sum"));
        assertThat(after.sum("activities_read_your_writes_wait_seconds_count"))
                .isGreaterThanOrEqualTo(before.sum("activities_read_your_writes_wait_seconds_count") + created);
        assertThat(after.sum("activities_view_activities", "status=QUEUED", "kind=CLIENT")).isGreaterThanOrEqualTo(created - 1);
        assertThat(after.sum("activities_view_activities", "status=CANCELED", "kind=CLIENT")).isGreaterThanOrEqualTo(1);
        assertThat(after.has("activities_projection_lag", "topic=activity-events")).isTrue();
    }

    @Test
    void aMalformedRecordIsCountedAsRejectedWithItsReason() {
        MetricsScrape before = MetricsScrape.scrape();
        publisher.publishRaw(io.activityplatform.events.codec.Topics.ACTIVITY_EVENTS,
                java.util.UUID.randomUUID().toString(), "not json at all".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .await().atMost(WAIT);
        await().atMost(WAIT).until(() -> MetricsScrape.scrape().sum("activities_projection_events_total",
                "outcome=rejected", "reason=MALFORMED") > before.sum("activities_projection_events_total",
                "outcome=rejected", "reason=MALFORMED"));
    }
}
