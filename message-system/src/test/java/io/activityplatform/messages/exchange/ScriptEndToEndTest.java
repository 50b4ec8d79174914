package io.activityplatform.messages.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.agent.run.Agent;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.messages.support.Fleet;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Seed 000 steps 1–8 end to end: a real agent registers, an ExecuteScriptRequest is created through the log,
 * the agent's exchange receives it, runs a real shell script, streams its output, and the result lands.
 */
@QuarkusTest
class ScriptEndToEndTest {

    @Inject
    Fleet fleet;

    @Test
    void aScriptRunsOnTheComputerStreamsItsOutputAndEndsSucceededWithOutputAndExitCode() throws Exception {
        Agent agent = fleet.agent("e2e-success");
        Path go = Files.createTempDirectory("go").resolve("go");
        UUID id = fleet.script(agent.computerId(),
                "echo first line; while [ ! -f " + go + " ]; do sleep 0.05; done; echo second line");

        await().atMost(Fleet.WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
            agent.exchangeOnce();
            ActivityState s = fleet.state(id);
            return s.status() == ActivityStatus.IN_PROGRESS && s.output().contains("first line");
        });
        Files.createFile(go);
        ActivityState done = fleet.exchangeUntil(agent, id, ActivityStatus.SUCCEEDED);

        assertThat(done.result().code()).isZero();
        assertThat(done.result().text()).contains("first line", "second line");
        assertThat(done.output()).contains("first line", "second line");
        assertThat(done.statusChangedBy().toString()).isEqualTo("agent:" + agent.computerId());
        assertThat(done.claimedBy().toString()).isEqualTo("service:message-system");
    }

    @Test
    void aFailingScriptEndsFailedWithItsExitCode() throws Exception {
        Agent agent = fleet.agent("e2e-failure");
        UUID id = fleet.script(agent.computerId(), "echo about to fail >&2; exit 7");

        ActivityState failed = fleet.exchangeUntil(agent, id, ActivityStatus.FAILED);

        assertThat(failed.result().code()).isEqualTo(7);
        assertThat(failed.result().text()).contains("about to fail");
        assertThat(failed.error().code()).isEqualTo("EXECUTION_FAILED");
    }

    @Test
    void aMachineChangingActivityIsADryRunThatSaysSo() throws Exception {
        Agent agent = fleet.agent("e2e-dry-run");
        UUID id = fleet.create(ActivityDefinition.of("ChangePackagesRequest", agent.computerId(),
                Map.of("install", List.of("nginx"))), ActivityStatus.QUEUED);

        ActivityState done = fleet.exchangeUntil(agent, id, ActivityStatus.SUCCEEDED);

        assertThat(done.result().text()).contains("DRY RUN", "apt-get -y install 'nginx'");
    }

    @Test
    void anActivityForAnotherComputerIsNotDeliveredToThisOne() throws Exception {
        Agent mine = fleet.agent("e2e-mine");
        Agent other = fleet.agent("e2e-other");
        UUID id = fleet.script(other.computerId(), "echo not yours");

        assertThat(mine.exchangeOnce().messages()).extracting(m -> m.operationId()).doesNotContain(id);
        assertThat(fleet.state(id).status()).isEqualTo(ActivityStatus.QUEUED);
    }
}
