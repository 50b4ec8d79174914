package io.activityplatform.messages.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.agent.protocol.ExchangeResponse;
import io.activityplatform.agent.run.Agent;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.messages.reaction.ClientReactions;
import io.activityplatform.messages.support.Fleet;
import io.activityplatform.service.time.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Seed 003 CANCEL_REQUESTED and the execution timeout, against a real running script. */
@QuarkusTest
class CancelAndTimeoutTest {

    private static final String HANG = "echo started; while true; do sleep 0.05; done";

    @Inject
    Fleet fleet;
    @Inject
    ClientReactions reactions;
    @Inject
    MutableClock clock;

    @Test
    void aCancelReachesTheRunningScriptAndItsLateResultIsRecordedOnTheCanceledActivity() throws Exception {
        Agent agent = fleet.agent("cancel");
        UUID id = fleet.script(agent.computerId(), HANG);
        runningWithOutput(agent, id);

        fleet.change(id, ActivityStatus.CANCELED);
        ExchangeResponse next = agent.exchangeOnce();

        assertThat(next.messages()).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo("cancel");
            assertThat(m.operationId()).isEqualTo(id);
        });
        await().atMost(Fleet.WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
            agent.exchangeOnce();
            return fleet.state(id).lateResult();
        });
        ActivityState canceled = fleet.state(id);
        assertThat(canceled.status()).isEqualTo(ActivityStatus.CANCELED);
        assertThat(canceled.canceledWhileRunning()).isTrue();
        assertThat(canceled.result().text()).contains("canceled", "killed", "started");
        assertThat(canceled.result().code()).as("killed by SIGTERM, never exit 0").isIn(143, 137);
        assertThat(canceled.error().code()).isEqualTo("CANCELED");
        assertThat(agent.runningOperations()).isZero();
    }

    @Test
    void aScriptPastItsTimeoutFailsTimedOutAndTheAgentIsToldToStopIt() throws Exception {
        Agent agent = fleet.agent("timeout");
        UUID id = fleet.create(new ActivityDefinition("ExecuteScriptRequest", agent.computerId(), null, null,
                Map.of("interpreter", "/bin/sh", "code", HANG), null, null, null, null, null, 300, 1, null, null),
                ActivityStatus.QUEUED);
        runningWithOutput(agent, id);
        assertThat(reactions.scan().await().atMost(Fleet.WAIT)).isZero();

        clock.advance(Duration.ofSeconds(301));
        reactions.scan().await().atMost(Fleet.WAIT);

        await().atMost(Fleet.WAIT).until(() -> fleet.state(id).status() == ActivityStatus.FAILED);
        assertThat(fleet.state(id).error().code()).isEqualTo("TIMED_OUT");
        assertThat(agent.exchangeOnce().messages()).anySatisfy(m -> assertThat(m.type()).isEqualTo("cancel"));
        await().atMost(Fleet.WAIT).until(() -> agent.runningOperations() == 0);
        ExchangeResponse afterKill = agent.exchangeOnce();
        assertThat(afterKill.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.outcome()).isEqualTo("IGNORED");
            assertThat(o.reason()).contains("already FAILED", "TIMED_OUT");
        });
        assertThat(fleet.state(id).status()).isEqualTo(ActivityStatus.FAILED);
    }

    private void runningWithOutput(Agent agent, UUID id) {
        await().atMost(Fleet.WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
            agent.exchangeOnce();
            ActivityState s = fleet.state(id);
            return s.status() == ActivityStatus.IN_PROGRESS && s.output().contains("started");
        });
    }
}
