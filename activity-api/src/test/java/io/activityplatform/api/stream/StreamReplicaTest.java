package io.activityplatform.api.stream;

import static io.activityplatform.api.support.Api.createScript;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.api.support.LogDriver;
import io.activityplatform.api.support.SimulatedOwnership;
import io.activityplatform.api.support.SseClient;
import io.activityplatform.events.codec.EventCodec;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.local.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Streams on a replica that does not project the activity's partition: the events come from the history
 * another replica committed, through the remote feed, exactly as the local after-commit would send them.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class StreamReplicaTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @Inject
    LogDriver log;
    @Inject
    SimulatedOwnership ownership;
    @Inject
    RemoteStreamFeed feed;

    @AfterEach
    void projectEverythingHereAgain() {
        ownership.othersOwnEverything(false);
        ownership.takenOverAt(-1);
        feed.paused(false);
    }

    @Test
    void theActivityStreamGetsAnotherReplicasEventsInOrderAndEndsOnlyAfterTheFinalStatus() {
        ownership.othersOwnEverything(true);
        UUID id = createScript("alice", log.computer());
        try (SseClient client = SseClient.open("/activities/" + id + "/stream", Map.of())) {
            await().atMost(BOUND).until(() -> !client.events().isEmpty());
            log.move(id, ActivityStatus.IN_PROGRESS, 1);
            await().atMost(BOUND).until(() -> client.events().size() >= 2);
            // Both later rows read in one snapshot, where the state is already SUCCEEDED: the progress row
            // must not end the stream before the final status.
            feed.paused(true);
            log.progress(id, 50, "half\n", 1);
            log.move(id, ActivityStatus.SUCCEEDED, 2);
            feed.paused(false);

            await().atMost(BOUND).until(client::ended);
            List<SseClient.Event> events = client.events();
            assertThat(events).extracting(SseClient.Event::name).containsExactly("activity.created",
                    "activity.status-changed", "activity.progress-reported", "activity.status-changed");
            assertThat(events).extracting(e -> field(e, "status")).containsExactly("QUEUED", "IN_PROGRESS",
                    "IN_PROGRESS", "SUCCEEDED");
            assertInLogOrderOnce(events);
        }
    }

    @Test
    void theBoardGetsAnotherReplicasChangesJudgedByTheStatusAfterEachChange() {
        ownership.othersOwnEverything(true);
        String computer = log.computer();
        try (SseClient all = SseClient.open("/activities/stream?computer=" + computer, Map.of());
                SseClient running = SseClient.open("/activities/stream?computer=" + computer + "&status=IN_PROGRESS",
                        Map.of())) {
            await().atMost(BOUND).until(() -> all.comments().contains("connected")
                    && running.comments().contains("connected"));
            feed.armed().await().atMost(BOUND);
            feed.paused(true);
            UUID id = createScript("alice", computer);
            log.move(id, ActivityStatus.IN_PROGRESS, 1);
            log.move(id, ActivityStatus.SUCCEEDED, 2);
            feed.paused(false);

            await().atMost(BOUND).until(() -> all.events().size() >= 3 && !running.events().isEmpty());
            assertThat(all.events()).extracting(e -> field(e, "status")).containsExactly("QUEUED", "IN_PROGRESS",
                    "SUCCEEDED");
            assertInLogOrderOnce(all.events());
            assertThat(running.events()).extracting(e -> field(e, "status")).containsExactly("IN_PROGRESS");
            assertThat(running.events()).extracting(e -> field(e, "activityId")).containsExactly(id.toString());
        }
    }

    @Test
    void withoutTheRemoteFeedAnotherReplicasChangesNeverReachTheBoard() {
        ownership.othersOwnEverything(true);
        String computer = log.computer();
        try (SseClient board = SseClient.open("/activities/stream?computer=" + computer, Map.of())) {
            await().atMost(BOUND).until(() -> board.comments().contains("connected"));
            feed.armed().await().atMost(BOUND);
            feed.paused(true);
            UUID id = createScript("alice", computer);
            log.move(id, ActivityStatus.IN_PROGRESS, 1);

            await().during(Duration.ofSeconds(2)).atMost(BOUND).until(() -> board.events().isEmpty());

            feed.paused(false);
            await().atMost(BOUND).until(() -> board.events().size() >= 2);
            assertThat(board.events()).extracting(e -> field(e, "status")).containsExactly("QUEUED", "IN_PROGRESS");
        }
    }

    @Test
    void aPartitionChangingHandsNeitherLosesNorRepeatsAnEvent() {
        String computer = log.computer();
        try (SseClient board = SseClient.open("/activities/stream?computer=" + computer, Map.of())) {
            await().atMost(BOUND).until(() -> board.comments().contains("connected"));
            UUID id = createScript("alice", computer);
            await().atMost(BOUND).until(() -> board.events().size() >= 1);

            ownership.othersOwnEverything(true);
            log.move(id, ActivityStatus.IN_PROGRESS, 1);
            await().atMost(BOUND).until(() -> board.events().size() >= 2);

            ownership.othersOwnEverything(false);
            log.move(id, ActivityStatus.SUCCEEDED, 2);
            await().atMost(BOUND).until(() -> board.events().size() >= 3);

            // Whatever came late from either source would show here.
            UUID marker = createScript("alice", computer);
            await().atMost(BOUND).until(() -> board.events().stream()
                    .anyMatch(e -> marker.toString().equals(field(e, "activityId"))));
            assertThat(board.events()).filteredOn(e -> id.toString().equals(field(e, "activityId")))
                    .extracting(e -> field(e, "status")).containsExactly("QUEUED", "IN_PROGRESS", "SUCCEEDED");
            assertInLogOrderOnce(board.events());
        }
    }

    @Test
    void takingAPartitionOverFeedsWhatTheOldOwnerCommittedBeforeTheNewOwnersEvents() {
        ownership.othersOwnEverything(true);
        String computer = log.computer();
        try (SseClient board = SseClient.open("/activities/stream?computer=" + computer, Map.of())) {
            await().atMost(BOUND).until(() -> board.comments().contains("connected"));
            // The other replica commits these, and hands the partition over before this one's feed read them.
            feed.paused(true);
            UUID id = createScript("alice", computer);
            log.move(id, ActivityStatus.IN_PROGRESS, 1);
            List<Long> offsets = given().get("/activities/" + id + "/history").then().statusCode(200).extract()
                    .jsonPath().getList("items.offset", Long.class);
            ownership.takenOverAt(offsets.get(offsets.size() - 1));
            ownership.othersOwnEverything(false);

            log.move(id, ActivityStatus.SUCCEEDED, 2);
            feed.paused(false);

            await().atMost(BOUND).until(() -> board.events().size() >= 3);
            assertThat(board.events()).extracting(e -> field(e, "status")).containsExactly("QUEUED", "IN_PROGRESS",
                    "SUCCEEDED");
            assertInLogOrderOnce(board.events());
        }
    }

    private static void assertInLogOrderOnce(List<SseClient.Event> events) {
        assertThat(events).extracting(SseClient.Event::id).doesNotHaveDuplicates();
        for (int i = 1; i < events.size(); i++) {
            String previous = events.get(i - 1).id();
            String current = events.get(i).id();
            if (partition(previous).equals(partition(current))) {
                assertThat(offset(current)).isGreaterThan(offset(previous));
            }
        }
    }

    private static Object field(SseClient.Event event, String name) {
        try {
            return EventCodec.mapper().readValue(event.data(), Map.class).get(name);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + event.data(), e);
        }
    }

    private static String partition(String sseId) {
        return sseId.substring(0, sseId.indexOf('-'));
    }

    private static long offset(String sseId) {
        return Long.parseLong(sseId.substring(sseId.indexOf('-') + 1));
    }
}
