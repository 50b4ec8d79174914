package io.activityplatform.api.stream;

import static io.activityplatform.api.support.Api.createScript;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.api.support.LogDriver;
import io.activityplatform.api.support.SseClient;
import io.activityplatform.events.codec.EventCodec;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.local.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Server-Sent Events: one activity's events in log order (with replay), and a filtered live stream of all. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class ActivityStreamTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @Inject
    LogDriver log;
    @Inject
    ActivityStreamHub hub;
    @Inject
    RemoteStreamFeed feed;
    @Inject
    Pool pool;

    @Test
    void aClientReceivesTheStatusChangesOfAnActivityInOrder() {
        UUID id = createScript("alice", log.computer());
        try (SseClient client = SseClient.open("/activities/" + id + "/stream", Map.of())) {
            log.move(id, ActivityStatus.IN_PROGRESS, 1);
            log.progress(id, 40, "half way\n", 1);
            log.move(id, ActivityStatus.SUCCEEDED, 2);

            await().atMost(BOUND).until(() -> client.events().size() >= 4);
            List<SseClient.Event> events = client.events();
            assertThat(events).extracting(SseClient.Event::name).containsExactly("activity.created",
                    "activity.status-changed", "activity.progress-reported", "activity.status-changed");
            assertThat(events).extracting(e -> field(e, "status")).containsExactly("QUEUED", "IN_PROGRESS",
                    "IN_PROGRESS", "SUCCEEDED");
            assertThat(events).extracting(e -> field(e, "statusVersion")).containsExactly(1, 2, 2, 3);
            assertThat(events).extracting(e -> field(e, "progressPercent")).containsExactly(null, null, 40, null);
            assertThat(events).extracting(SseClient.Event::id).doesNotHaveDuplicates()
                    .isSortedAccordingTo((a, b) -> Long.compare(offset(a), offset(b)));
        }
    }

    @Test
    void reconnectingWithLastEventIdResumesRightAfterIt() {
        UUID id = createScript("alice", log.computer());
        log.move(id, ActivityStatus.IN_PROGRESS, 1);
        String resumeAfter;
        try (SseClient first = SseClient.open("/activities/" + id + "/stream", Map.of())) {
            await().atMost(BOUND).until(() -> first.events().size() >= 2);
            resumeAfter = first.events().get(1).id();
        }
        log.move(id, ActivityStatus.CANCELED, 2);

        try (SseClient again = SseClient.open("/activities/" + id + "/stream", Map.of("Last-Event-ID", resumeAfter))) {
            await().atMost(BOUND).until(() -> !again.events().isEmpty());
            log.progress(id, 10, "ignored: canceled", 1);
            assertThat(again.events()).extracting(e -> field(e, "status")).containsExactly("CANCELED");
        }
    }

    @Test
    void theStreamOfAllIsFilteredLikeTheList() {
        String watched = log.computer();
        String other = log.computer();
        try (SseClient client = SseClient.open("/activities/stream?computer=" + watched + "&status=QUEUED,CANCELED",
                Map.of())) {
            await().atMost(BOUND).until(() -> client.comments().contains("connected"));
            UUID mine = createScript("bob", watched);
            createScript("bob", other);
            log.move(mine, ActivityStatus.IN_PROGRESS, 1);
            log.move(mine, ActivityStatus.CANCELED, 2);

            await().atMost(BOUND).until(() -> client.events().size() >= 2);
            assertThat(client.events()).extracting(e -> field(e, "activityId")).containsOnly(mine.toString());
            assertThat(client.events()).extracting(e -> field(e, "status")).containsExactly("QUEUED", "CANCELED");
            assertThat(client.events()).extracting(e -> field(e, "statusBefore")).containsExactly(null,
                    "IN_PROGRESS");
        }
    }

    /**
     * Clients that leave while their stream waits for the remote feed to arm (as a monitor probing the status
     * line does) leave no registration behind and break neither the stream that waits with them nor any
     * later one. Found in the whole suite: Mutiny cancelled the arming future a leaving client waited on, so
     * every stream after it failed, and the never-subscribed registrations stayed in the hub for ever. The
     * feed's first read is held on a table lock so that the clients surely leave while it arms.
     */
    @Test
    void clientsLeavingWhileTheFeedArmsLeaveNothingBehindAndBreakNoOtherStream() {
        UUID pending = createScript("bob", log.computer());
        String computer = log.computer();
        await().atMost(BOUND).until(() -> hub.subscriberCount() == 0 && !feed.isArmed());
        SqlConnection lock = pool.getConnection().await().atMost(BOUND);
        SseClient watcher;
        try {
            lock.query("begin").execute().await().atMost(BOUND);
            lock.query("lock table projection_offsets in access exclusive mode").execute().await().atMost(BOUND);
            watcher = SseClient.open("/activities/stream?computer=" + computer, Map.of());
            SseClient.open("/activities/stream", Map.of()).close();
            SseClient.open("/activities/" + pending + "/stream", Map.of()).close();
            await().atMost(BOUND).until(() -> hub.subscriberCount() == 1);
            assertThat(feed.isArmed()).as("still arming behind the lock").isFalse();
        } finally {
            lock.query("rollback").execute().await().atMost(BOUND);
            lock.close().await().atMost(BOUND);
        }

        try (SseClient stayed = watcher) {
            await().atMost(BOUND).until(() -> stayed.comments().contains("connected"));
            UUID id = createScript("bob", computer);
            await().atMost(BOUND).until(() -> !stayed.events().isEmpty());
            assertThat(stayed.events()).extracting(e -> field(e, "activityId")).containsExactly(id.toString());
        }
        try (SseClient later = SseClient.open("/activities/stream?computer=" + computer, Map.of())) {
            await().atMost(BOUND).until(() -> later.comments().contains("connected"));
        }
        await().atMost(BOUND).until(() -> hub.subscriberCount() == 0);
    }

    @Test
    void anUnknownActivityIs404AndABadFilterIs400() {
        given().accept("text/event-stream").get("/activities/" + UUID.randomUUID() + "/stream").then()
                .statusCode(404).contentType("application/problem+json");
        given().accept("text/event-stream").get("/activities/stream?status=LOST").then()
                .statusCode(400).contentType("application/problem+json");
    }

    private static Object field(SseClient.Event event, String name) {
        try {
            return EventCodec.mapper().readValue(event.data(), Map.class).get(name);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + event.data(), e);
        }
    }

    private static long offset(String sseId) {
        return Long.parseLong(sseId.substring(sseId.indexOf('-') + 1));
    }
}
