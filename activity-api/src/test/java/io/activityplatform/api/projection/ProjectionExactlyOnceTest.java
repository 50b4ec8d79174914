package io.activityplatform.api.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.events.codec.Topics;
import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.projection.ProjectionConsumer;
import io.activityplatform.service.projection.ProjectionStats;
import io.activityplatform.service.projection.ProjectionWatermark;
import io.activityplatform.service.projection.RecordPosition;
import io.activityplatform.service.publishing.EventPublisher;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The projection against a real broker and database: a replay of the whole log changes nothing, a rebuild
 * from offset 0 reproduces the view exactly, and a malformed record is skipped and counted while the
 * records after it are still applied.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class ProjectionExactlyOnceTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @Inject
    EventPublisher publisher;
    @Inject
    ProjectionWatermark watermark;
    @Inject
    ProjectionConsumer consumer;
    @Inject
    ProjectionStats stats;
    @Inject
    Pool pool;

    @Test
    void replayingAndRebuildingLeaveTheViewIdenticalAndMalformedRecordsAreSkipped() {
        List<ActivityEvent> events = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            UUID id = UUID.randomUUID();
            events.add(new ActivityCreated(UUID.randomUUID(), id, T0, Actor.user("alice"), "test",
                    ActivityDefinition.of("ExecuteScriptRequest", "computer-" + (i % 4),
                            Map.of("interpreter", "/bin/sh", "code", "echo " + i)), ActivityStatus.QUEUED));
            events.add(change(id, ActivityStatus.IN_PROGRESS, 1));
            events.add(change(id, i % 2 == 0 ? ActivityStatus.SUCCEEDED : ActivityStatus.CANCELED, 2));
            events.add(change(id, ActivityStatus.QUEUED, 3)); // rejected: final
        }
        UUID poisoned = UUID.randomUUID();
        RecordPosition malformed = publisher.publishRaw(Topics.ACTIVITY_EVENTS, poisoned.toString(),
                "{\"eventType\":\"activity.created\",\"schemaVersion\":1,".getBytes(StandardCharsets.UTF_8))
                .await().atMost(Duration.ofSeconds(10));
        List<RecordPosition> positions = publisher.publishAll(events).await().atMost(Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(30)).until(() -> positions.stream().allMatch(watermark::hasApplied)
                && watermark.hasApplied(malformed));

        String view = snapshot();
        long malformedCount = count("select coalesce(sum(malformed), 0) from projection_offsets");
        assertThat(view).contains(events.get(0).activityId().toString());
        assertThat(malformedCount).isGreaterThanOrEqualTo(1);
        assertThat(count("select count(*) from activity_view where id = '" + poisoned + "'")).isZero();

        long skippedBefore = stats.snapshot().replaysSkipped();
        consumer.replayFromStart();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> stats.snapshot().replaysSkipped() >= skippedBefore + events.size() + 1);
        assertThat(snapshot()).isEqualTo(view);
        assertThat(count("select coalesce(sum(malformed), 0) from projection_offsets")).isEqualTo(malformedCount);

        RestAssured.given().post("/admin/projection/rebuild").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> positions.stream().allMatch(watermark::hasApplied));
        assertThat(snapshot()).isEqualTo(view);
        assertThat(count("select coalesce(sum(malformed), 0) from projection_offsets")).isEqualTo(malformedCount);
    }

    private static StatusChanged change(UUID id, ActivityStatus to, int expected) {
        return new StatusChanged(UUID.randomUUID(), id, T0.plusSeconds(expected), Actor.service("test"), "test",
                null, to, expected, "test", null, null);
    }

    private String snapshot() {
        StringBuilder all = new StringBuilder();
        for (Row row : pool.query("select id, status, status_version, state::text from activity_view order by id")
                .execute().await().atMost(Duration.ofSeconds(10))) {
            all.append(row.getUUID(0)).append(' ').append(row.getString(1)).append(' ').append(row.getInteger(2))
                    .append(' ').append(row.getString(3)).append('\n');
        }
        return all.toString();
    }

    private long count(String sql) {
        return pool.query(sql).execute().await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
    }
}
