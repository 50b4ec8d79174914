package io.activityplatform.jobs.handler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.activityplatform.events.codec.Decoded;
import io.activityplatform.events.codec.EventCodec;
import io.activityplatform.events.computer.ComputerState;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.ComputerEvent;
import io.activityplatform.events.event.ErrorCodes;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.jobs.support.Activities;
import io.activityplatform.jobs.support.ActivityLog;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.projection.ComputerViewStore;
import io.activityplatform.service.publishing.EventPublisher;
import io.activityplatform.service.time.MutableClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** RemoveComputerActivity removes the computer on computer-events and cancels its activities that did not start. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "job_handler"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class RemoveComputerHandlerTest {

    @Inject
    Activities activities;
    @Inject
    ActivityLog log;
    @Inject
    EventPublisher publisher;
    @Inject
    ComputerViewStore computers;
    @Inject
    MutableClock clock;

    private UUID on(String computer, ActivityStatus initial) {
        return activities.create(Activities.definition("RestartRequest", computer, Map.of(),
                initial == ActivityStatus.SCHEDULED ? clock.instant().plus(Duration.ofDays(1)) : null, null, null,
                null), initial);
    }

    @Test
    void removesTheComputerAndCancelsItsPendingActivitiesOnly() throws Exception {
        String doomed = "doomed-" + UUID.randomUUID();
        String survivor = "survivor-" + UUID.randomUUID();
        for (String computer : List.of(doomed, survivor)) {
            publisher.publish(new ComputerEvent.Registered(UUID.randomUUID(), computer, clock.instant(),
                    Actor.service("message-system"), "message-system", "acme", computer, computer, List.of(), false))
                    .await().atMost(Activities.WAIT);
        }
        List<UUID> pending = List.of(on(doomed, ActivityStatus.QUEUED), on(doomed, ActivityStatus.SCHEDULED),
                on(doomed, ActivityStatus.BLOCKED), on(doomed, ActivityStatus.WAITING));
        UUID running = on(doomed, ActivityStatus.QUEUED);
        activities.change(running, ActivityStatus.IN_PROGRESS, Actor.service("message-system"), null);
        UUID elsewhere = on(survivor, ActivityStatus.QUEUED);

        UUID removal = activities.create(ActivityDefinition.of("RemoveComputerActivity", null,
                Map.of("computerId", doomed)), ActivityStatus.QUEUED);
        ActivityState done = activities.awaitFinal(removal);

        assertThat(done.status()).isEqualTo(ActivityStatus.SUCCEEDED);
        assertThat(done.result().text()).isEqualTo("computer " + doomed + " removed; 4 pending activities canceled");
        JsonNode manifest = EventCodec.mapper().readTree(done.result().artifacts().get(0).content());
        assertThat(manifest.get("canceled").asInt()).isEqualTo(4);
        assertThat(manifest.get("listed")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrderElementsOf(pending.stream().map(UUID::toString).toList());
        for (UUID id : pending) {
            ActivityState canceled = activities.state(id);
            assertThat(canceled.status()).isEqualTo(ActivityStatus.CANCELED);
            assertThat(canceled.error().code()).isEqualTo(ErrorCodes.COMPUTER_REMOVED);
        }
        assertThat(activities.state(running).status()).isEqualTo(ActivityStatus.IN_PROGRESS);
        assertThat(activities.state(elsewhere).status()).isEqualTo(ActivityStatus.QUEUED);

        List<ConsumerRecord<String, byte[]>> records = log.computerRecords(doomed);
        ConsumerRecord<String, byte[]> removed = records.get(records.size() - 1);
        ComputerEvent event = ((Decoded.Event<ComputerEvent>) EventCodec.decodeComputerEvent(removed.value())).event();
        assertThat(event).isInstanceOf(ComputerEvent.Removed.class);
        assertThat(event.actor()).isEqualTo(Actor.service("job-handler"));
        assertThat(((ComputerEvent.Removed) event).reason()).contains(removal.toString());
        assertThat(new String(removed.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .isEqualTo("io.activityplatform.computer.removed.v1");
        await().atMost(Activities.WAIT).until(() -> computers.find(doomed).await().atMost(Activities.WAIT)
                .map(c -> c.status() == ComputerState.Status.REMOVED).orElse(false));
        assertThat(computers.find(survivor).await().atMost(Activities.WAIT).orElseThrow().status())
                .isEqualTo(ComputerState.Status.ACCEPTED);

        activities.cancel(running);
        activities.cancel(elsewhere);
    }
}
