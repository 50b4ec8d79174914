package io.activityplatform.messages.reaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.rules.DeadlineRule;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.messages.exchange.ActivityEvents;
import io.activityplatform.messages.support.Fleet;
import io.activityplatform.messages.support.RawAgent;
import io.activityplatform.service.publishing.EventPublisher;
import io.activityplatform.service.time.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A deadline claim (claim-then-end) whose claimer is killed between publishing the claim and ending the
 * activity: the claim is in no delivery ledger, so the agent's next exchange is never handed the activity
 * (orphan recovery is keyed by the claim's event id, not by the actor), and a later scan ends it as
 * DELIVERY_TIMED_OUT.
 */
@QuarkusTest
class DeadlineClaimRaceTest {

    @Inject
    Fleet fleet;
    @Inject
    ClientReactions reactions;
    @Inject
    ActivityEvents events;
    @Inject
    EventPublisher publisher;
    @Inject
    MutableClock clock;

    @Test
    void aDeadlineClaimWhoseClaimerDiedIsNeverDeliveredAndEndsTimedOut() {
        RawAgent agent = RawAgent.register(Fleet.ACCOUNT, Fleet.KEY, "deadline-race");
        UUID id = fleet.create(new ActivityDefinition("ExecuteScriptRequest", agent.computerId, null, null,
                Map.of("interpreter", "/bin/sh", "code", "true"), null, clock.instant().plusSeconds(1), null, null,
                null, null, 1, null, null), ActivityStatus.QUEUED);
        clock.advance(Duration.ofSeconds(2));

        // the reaction's first half only: the claim, then the claimer "dies" before ending the activity
        StatusChanged claim = events.claimToEnd(DeadlineRule.evaluate(fleet.state(id), clock.instant()).orElseThrow());
        fleet.applied(publisher.publish(claim).await().atMost(Fleet.WAIT));
        assertThat(fleet.state(id).claimedBy(claim.eventId())).isTrue();

        agent.exchange(1, List.of()).statusCode(200).body("messages.size()", equalTo(0));

        clock.advance(Duration.ofMinutes(1));
        reactions.scan().await().atMost(Fleet.WAIT);
        await().atMost(Fleet.WAIT).until(() -> fleet.state(id).status() == ActivityStatus.FAILED);
        assertThat(fleet.state(id).error().code()).isEqualTo("DELIVERY_TIMED_OUT");
        agent.exchange(1, List.of()).statusCode(200).body("messages.size()", equalTo(0));
    }

    @Test
    void aBlockedActivityPastItsDeadlineIsNotClaimed() {
        UUID id = fleet.create(new ActivityDefinition("ExecuteScriptRequest", "offline-" + UUID.randomUUID(), null,
                null, Map.of("interpreter", "/bin/sh", "code", "true"), null, clock.instant().plusSeconds(1), null,
                null, null, null, 1, null, null), ActivityStatus.BLOCKED);
        clock.advance(Duration.ofSeconds(2));

        reactions.scan().await().atMost(Fleet.WAIT);

        assertThat(fleet.state(id).status()).isEqualTo(ActivityStatus.BLOCKED);
        assertThat(fleet.state(id).statusVersion()).as("no claim was even attempted").isEqualTo(1);
    }
}
