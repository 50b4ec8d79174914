package io.activityplatform.messages.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.agent.run.Agent;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.messages.support.Fleet;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The ping's one statement answers each of its three questions: new work for an accepted computer, a message
 * sent but not acknowledged, and a cancel to queue for work the agent still runs; and false once an exchange
 * has taken all of it. Dropping any of the three clauses fails one of these steps.
 */
@QuarkusTest
class PingTest {

    @Inject
    Fleet fleet;
    @Inject
    PingService pings;

    @Test
    void anUnknownComputerHasNothingWaiting() {
        assertThat(ping("no-such-computer")).isFalse();
    }

    @Test
    void newWorkThenTheUnacknowledgedMessageThenNothing() throws Exception {
        Agent agent = fleet.agent("ping-work");
        assertThat(agent.ping()).as("idle").isFalse();

        fleet.script(agent.computerId(), "true");
        assertThat(agent.ping()).as("deliverable work").isTrue();

        agent.exchangeOnce(); // delivers the operation; the agent acknowledges it only in its next exchange
        assertThat(ping(agent.computerId())).as("sent, not acknowledged").isTrue();

        await().atMost(Fleet.WAIT).until(() -> {
            agent.exchangeOnce();
            return !agent.ping();
        });
    }

    @Test
    void aCancelForWorkTheAgentStillRuns() throws Exception {
        Agent agent = fleet.agent("ping-cancel");
        UUID id = fleet.script(agent.computerId(), "sleep 60");
        fleet.exchangeUntil(agent, id, ActivityStatus.IN_PROGRESS);
        agent.exchangeOnce(); // acknowledges the delivery
        assertThat(agent.ping()).as("running, nothing to say").isFalse();

        fleet.change(id, ActivityStatus.CANCELED);
        assertThat(agent.ping()).as("a cancel to queue").isTrue();

        await().atMost(Fleet.WAIT).until(() -> {
            agent.exchangeOnce(); // queues and sends the cancel, then acknowledges it; the script is killed
            return !agent.ping();
        });
    }

    private boolean ping(String computerId) {
        return pings.messagesWaiting(computerId).await().atMost(Fleet.WAIT);
    }
}
