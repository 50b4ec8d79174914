package io.activityplatform.api.stream;

import static io.activityplatform.api.support.Api.createScript;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.api.rest.dto.ActivityStreamEvent;
import io.activityplatform.api.service.StreamService;
import io.activityplatform.api.support.LogDriver;
import io.activityplatform.api.support.SseClient;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.ResultRecorded;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.projection.ActivityViewStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A per-activity stream ends once the final status (and a late result, if one is due) has been sent. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class StreamEndTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @Inject
    LogDriver log;
    @Inject
    Clock clock;
    @Inject
    ActivityStreamHub hub;
    @Inject
    StreamService streams;
    @Inject
    ActivityViewStore views;
    @Inject
    RemoteStreamFeed feed;

    @Test
    void aLiveStreamEndsAfterTheFinalStatus() {
        UUID id = createScript("alice", log.computer());
        try (SseClient client = SseClient.open("/activities/" + id + "/stream", Map.of())) {
            await().atMost(BOUND).until(() -> !client.events().isEmpty());
            assertThat(client.ended()).isFalse();
            log.move(id, ActivityStatus.IN_PROGRESS, 1);
            log.move(id, ActivityStatus.SUCCEEDED, 2);

            await().atMost(BOUND).until(client::ended);
            assertThat(client.events()).extracting(SseClient.Event::name).containsExactly("activity.created",
                    "activity.status-changed", "activity.status-changed");
        }
    }

    @Test
    void theStreamOfASettledActivityReplaysItsHistoryAndEnds() {
        UUID id = createScript("alice", log.computer());
        log.move(id, ActivityStatus.CANCELED, 1);
        int before = hub.subscriberCount();

        try (SseClient client = SseClient.open("/activities/" + id + "/stream", Map.of())) {
            await().atMost(BOUND).until(client::ended);
            assertThat(client.events()).extracting(SseClient.Event::name).containsExactly("activity.created",
                    "activity.status-changed");
        }
        await().atMost(BOUND).until(() -> hub.subscriberCount() <= before);
    }

    /**
     * The race a benchmark run met: the caller looked the activity up while it was still open, and it settled
     * before the stream registered, so its final status reaches the stream only through the history. The
     * stream still ends after replaying it (judged on the state read after registering, not the caller's).
     */
    @Test
    void aStreamOfAnActivityThatSettledAfterTheLookupEndsAfterItsHistory() {
        UUID id = createScript("alice", log.computer());
        ActivityState lookedUp = views.find(id).await().atMost(BOUND).orElseThrow();
        log.move(id, ActivityStatus.CANCELED, 1);
        await().atMost(BOUND).until(() -> views.find(id).await().atMost(BOUND).orElseThrow().isSettled());
        int before = hub.subscriberCount();

        List<ActivityStreamEvent> events = streams.one(lookedUp, null).collect().asList().await().atMost(BOUND);

        assertThat(lookedUp.isSettled()).as("the lookup saw it open").isFalse();
        assertThat(events).extracting(ActivityStreamEvent::status)
                .containsExactly(ActivityStatus.QUEUED, ActivityStatus.CANCELED);
        await().atMost(BOUND).until(() -> hub.subscriberCount() <= before);
    }

    /**
     * The race a benchmark run met (about once in a few hundred idle samples): a stream registered, its
     * activity's final status arrived live at once (so the registration completed and left the hub), and only
     * then did the stream ask the remote feed to arm. The feed, seeing no stream registered, stayed idle, and the
     * stream sent nothing until some other stream opened. A waiter alone must be enough to arm it.
     */
    @Test
    void theFeedArmsForAWaiterWhenNoStreamIsRegistered() {
        await().atMost(BOUND).until(() -> hub.subscriberCount() == 0 && !feed.isArmed());

        feed.armed().await().atMost(BOUND);

        assertThat(feed.isArmed()).isTrue();
        assertThat(hub.subscriberCount()).isZero();
        // the waiter is gone, so the feed goes idle again (a waiter counted for ever would keep it reading)
        await().atMost(BOUND).until(() -> !feed.isArmed());
    }

    /**
     * A stream opened soon after the last one closed need not wait for an arming read: the feed stays armed
     * for the linger (3 s in tests) and only then goes idle.
     */
    @Test
    void theFeedStaysArmedForTheLingerAfterTheLastStreamClosed() {
        UUID id = createScript("alice", log.computer());
        log.move(id, ActivityStatus.CANCELED, 1);
        await().atMost(BOUND).until(() -> hub.subscriberCount() == 0 && !feed.isArmed());
        try (SseClient client = SseClient.open("/activities/" + id + "/stream", Map.of())) {
            await().atMost(BOUND).until(client::ended);
        }
        await().atMost(BOUND).until(() -> hub.subscriberCount() == 0);

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(feed::isArmed);
        await().atMost(BOUND).until(() -> !feed.isArmed());
    }

    @Test
    void aCancelWhileRunningKeepsTheStreamOpenForTheLateResult() {
        UUID id = createScript("alice", log.computer());
        log.move(id, ActivityStatus.IN_PROGRESS, 1);
        try (SseClient client = SseClient.open("/activities/" + id + "/stream", Map.of())) {
            log.move(id, ActivityStatus.CANCELED, 2);
            await().atMost(BOUND).until(() -> client.events().size() >= 3);
            assertThat(client.ended()).isFalse();

            log.apply(new ResultRecorded(UUID.randomUUID(), id, clock.instant(), Actor.agent("agent"),
                    "message-system", ActivityStatus.SUCCEEDED, ActivityResult.of(0, "done anyway"), null));

            await().atMost(BOUND).until(client::ended);
            assertThat(client.events()).last().extracting(SseClient.Event::name)
                    .isEqualTo(ResultRecorded.TYPE);
        }
    }
}
