package io.activityplatform.messages.reaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.WaitCondition;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.messages.support.Fleet;
import io.activityplatform.messages.support.RawAgent;
import io.activityplatform.service.time.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The periodic reactions for client activities, driven by the test clock instead of time passing. */
@QuarkusTest
class ClientReactionsTest {

    @Inject
    Fleet fleet;
    @Inject
    ClientReactions reactions;
    @Inject
    MutableClock clock;

    @Test
    void anActivityNotDeliveredBeforeItsDeadlineFailsWithDeliveryTimedOut() {
        String offline = "offline-" + UUID.randomUUID();
        UUID id = fleet.create(definition(offline, clock.instant().plusSeconds(60), null), ActivityStatus.QUEUED);

        reactions.scan().await().atMost(Fleet.WAIT);
        assertThat(fleet.state(id).status()).isEqualTo(ActivityStatus.QUEUED);
        clock.advance(Duration.ofSeconds(61));
        reactions.scan().await().atMost(Fleet.WAIT);

        ActivityState late = awaitStatus(id, ActivityStatus.FAILED);
        assertThat(late.error().code()).isEqualTo("DELIVERY_TIMED_OUT");
        assertThat(late.statusVersion()).as("claimed, then failed").isEqualTo(3);
        assertThat(late.statusChangedBy().toString()).isEqualTo("service:message-system");
    }

    @Test
    void aWaitingActivityIsReleasedWhenItsDependencySucceeds() {
        RawAgent agent = RawAgent.register(Fleet.ACCOUNT, Fleet.KEY, "dependant");
        UUID first = fleet.script(agent.computerId, "true");
        // on a computer that does not exchange, so only the reaction can move it (an exchange would claim it)
        UUID second = fleet.create(definition("offline-" + UUID.randomUUID(), null,
                new WaitCondition(first, WaitCondition.Until.SUCCEEDED, null)), ActivityStatus.WAITING);

        agent.exchange(1, List.of()).statusCode(200);
        reactions.scan().await().atMost(Fleet.WAIT);
        assertThat(fleet.state(second).status()).isEqualTo(ActivityStatus.WAITING);
        agent.exchange(2, List.of(RawAgent.result(1, first, "SUCCEEDED", 0))).statusCode(200);
        reactions.scan().await().atMost(Fleet.WAIT);

        assertThat(awaitStatus(second, ActivityStatus.QUEUED).statusReason()).contains("satisfied");
    }

    @Test
    void aWaitingActivityWhoseDependencyFailedIsCanceled() {
        RawAgent agent = RawAgent.register(Fleet.ACCOUNT, Fleet.KEY, "dependency-failed");
        UUID first = fleet.script(agent.computerId, "false");
        UUID second = fleet.create(definition(agent.computerId, null,
                new WaitCondition(first, WaitCondition.Until.SUCCEEDED, null)), ActivityStatus.WAITING);
        agent.exchange(1, List.of()).statusCode(200);
        agent.exchange(2, List.of(RawAgent.result(1, first, "FAILED", 1))).statusCode(200);

        reactions.scan().await().atMost(Fleet.WAIT);

        assertThat(awaitStatus(second, ActivityStatus.CANCELED).error().code()).isEqualTo("DEPENDENCY_FAILED");
    }

    @Test
    void aWaitingActivityWhoseDependencyIsSatisfiedIsDeliveredDirectlyAtTheNextExchange() {
        RawAgent agent = RawAgent.register(Fleet.ACCOUNT, Fleet.KEY, "waiting-delivery");
        UUID first = fleet.script(agent.computerId, "true");
        UUID second = fleet.create(definition(agent.computerId, null,
                new WaitCondition(first, WaitCondition.Until.FINISHED, null)), ActivityStatus.WAITING);
        agent.exchange(1, List.of()).statusCode(200);
        agent.exchange(2, List.of(RawAgent.result(1, first, "FAILED", 1))).statusCode(200);

        agent.exchange(2, List.of()).statusCode(200);

        assertThat(fleet.state(second).status()).isEqualTo(ActivityStatus.IN_PROGRESS);
    }

    private ActivityState awaitStatus(UUID id, ActivityStatus status) {
        await().atMost(Fleet.WAIT).until(() -> fleet.state(id).status() == status);
        return fleet.state(id);
    }

    private static ActivityDefinition definition(String computerId, Instant deliverBefore, WaitCondition waitFor) {
        return new ActivityDefinition("ExecuteScriptRequest", computerId, null, null,
                Map.of("interpreter", "/bin/sh", "code", "true"), null, deliverBefore, null, waitFor, null, null, 1,
                null, null);
    }
}
