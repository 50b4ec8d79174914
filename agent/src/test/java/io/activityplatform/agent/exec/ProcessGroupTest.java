package io.activityplatform.agent.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Stopping a script's process group reaches every member, the shell and what it started, and what ignores
 * SIGTERM still ends by SIGKILL after the grace period.
 */
class ProcessGroupTest {

    private static final Duration MAX = Duration.ofSeconds(30);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private Process leader;

    @AfterEach
    void cleanUp() {
        if (leader != null) {
            leader.descendants().forEach(ProcessHandle::destroyForcibly);
            leader.destroyForcibly();
        }
        timer.shutdownNow();
    }

    @Test
    void terminateStopsTheShellAndEveryChild() throws Exception {
        leader = group("sleep 300 & sleep 300 & wait");
        await().atMost(MAX).until(() -> leader.descendants().count() >= 2);
        List<ProcessHandle> children = leader.descendants().toList();
        ProcessGroup group = new ProcessGroup(leader);

        group.terminate(Duration.ofMinutes(5), timer); // SIGTERM is enough: the KILL would come far too late

        await().atMost(MAX).until(() -> !leader.isAlive() && children.stream().noneMatch(ProcessHandle::isAlive));
        assertThat(group.id()).isEqualTo(leader.pid());
        assertThat(leader.exitValue()).isEqualTo(143);
    }

    @Test
    void whatIgnoresSigtermIsKilledAfterTheGrace() throws Exception {
        leader = group("trap '' TERM; sleep 300 & wait; sleep 300");
        await().atMost(MAX).until(() -> leader.descendants().count() >= 1);
        List<ProcessHandle> children = leader.descendants().toList();

        new ProcessGroup(leader).terminate(Duration.ofMillis(300), timer);

        await().atMost(MAX).until(() -> !leader.isAlive() && children.stream().noneMatch(ProcessHandle::isAlive));
        assertThat(leader.exitValue()).isEqualTo(137);
    }

    @Test
    void signallingAGroupThatIsGoneIsHarmless() throws Exception {
        leader = group("exit 0");
        leader.waitFor();

        new ProcessGroup(leader).signal("TERM"); // no exception, nothing else signalled

        assertThat(leader.exitValue()).isZero();
    }

    private static Process group(String script) throws Exception {
        return new ProcessBuilder(ProcessGroup.SETSID, "/bin/sh", "-c", script)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
