package io.activityplatform.messages.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.agent.run.Agent;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.WaitCondition;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.messages.reaction.ClientReactions;
import io.activityplatform.messages.support.Fleet;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 §3: a script of the reference agent reports a percent with a {@code ::progress N} line, and
 * {@code waitFor … until PROGRESS} on it is released while it still runs, not only when it finishes.
 */
@QuarkusTest
class ProgressReportTest {

    @Inject
    Fleet fleet;
    @Inject
    ClientReactions reactions;

    @Test
    void aProgressLineOfARealScriptReleasesAnActivityWaitingForThatPercent() throws Exception {
        Agent agent = fleet.agent("progress-reporter");
        Path go = Files.createTempDirectory("go").resolve("go");
        UUID first = fleet.script(agent.computerId(), "echo started; echo '::progress 40'; "
                + "while [ ! -f " + go + " ]; do sleep 0.05; done; echo done");
        // on a computer that does not exchange, so only the reaction can release it
        UUID second = fleet.create(new ActivityDefinition("ExecuteScriptRequest", "offline-" + UUID.randomUUID(),
                null, null, Map.of("interpreter", "/bin/sh", "code", "true"), null, null, null,
                new WaitCondition(first, WaitCondition.Until.PROGRESS, 30), null, null, 1, null, null),
                ActivityStatus.WAITING);

        await().atMost(Fleet.WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
            agent.exchangeOnce();
            ActivityState s = fleet.state(first);
            return s.progressPercent() != null && s.progressPercent() == 40;
        });
        reactions.scan().await().atMost(Fleet.WAIT);

        await().atMost(Fleet.WAIT).until(() -> fleet.state(second).status() == ActivityStatus.QUEUED);
        ActivityState running = fleet.state(first);
        assertThat(running.status()).isEqualTo(ActivityStatus.IN_PROGRESS);
        assertThat(running.output()).contains("started").doesNotContain("::progress");
        Files.createFile(go);
        assertThat(fleet.exchangeUntil(agent, first, ActivityStatus.SUCCEEDED).result().text())
                .contains("started", "done").doesNotContain("::progress");
    }

    @Test
    void withoutAProgressLineTheWaitingActivityStaysWaitingWhileTheScriptRuns() throws Exception {
        Agent agent = fleet.agent("silent");
        Path go = Files.createTempDirectory("go").resolve("go");
        UUID first = fleet.script(agent.computerId(), "echo started; while [ ! -f " + go + " ]; do sleep 0.05; done");
        UUID second = fleet.create(new ActivityDefinition("ExecuteScriptRequest", "offline-" + UUID.randomUUID(),
                null, null, Map.of("interpreter", "/bin/sh", "code", "true"), null, null, null,
                new WaitCondition(first, WaitCondition.Until.PROGRESS, 30), null, null, 1, null, null),
                ActivityStatus.WAITING);
        await().atMost(Fleet.WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
            agent.exchangeOnce();
            return fleet.state(first).output().contains("started");
        });

        reactions.scan().await().atMost(Fleet.WAIT);

        assertThat(fleet.state(second).status()).isEqualTo(ActivityStatus.WAITING);
        Files.createFile(go);
        fleet.exchangeUntil(agent, first, ActivityStatus.SUCCEEDED);
    }
}
