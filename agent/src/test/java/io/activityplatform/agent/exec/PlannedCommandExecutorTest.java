package io.activityplatform.agent.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.agent.protocol.OperationResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real execution of a planned activity really runs its commands through the script executor, and only them:
 * script parameters smuggled into the activity's parameters are not run. Uses only harmless commands (a
 * signal to a process of the test's own), since the build may run as root.
 */
class PlannedCommandExecutorTest {

    private static final Duration MAX = Duration.ofSeconds(30);

    @TempDir
    Path work;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private Process victim;

    @AfterEach
    void cleanUp() {
        if (victim != null) {
            victim.destroyForcibly();
        }
        timer.shutdownNow();
    }

    @Test
    void aSignalRequestReallySignalsTheProcess() throws Exception {
        victim = new ProcessBuilder("sleep", "300").start();
        RecordingListener listener = new RecordingListener();

        executor().start(op(Map.of("signal", "TERM", "pid", victim.pid())), listener);

        OperationResult result = listener.await(MAX);
        assertThat(result.succeeded()).as(result.text()).isTrue();
        await().atMost(MAX).until(() -> !victim.isAlive());
        assertThat(victim.exitValue()).isEqualTo(143); // ended by SIGTERM, not by anything else
    }

    @Test
    void aFailingCommandFailsTheOperationWithItsExitCode() throws Exception {
        RecordingListener listener = new RecordingListener();

        executor().start(op(Map.of("signal", "TERM", "name", "no-such-process-" + UUID.randomUUID()
                .toString().substring(0, 6))), listener);

        OperationResult result = listener.await(MAX);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.code()).isEqualTo(1); // pkill: no process matched
        assertThat(result.errorCode()).isEqualTo("EXECUTION_FAILED");
    }

    @Test
    void onlyThePlannedCommandsRunNotAScriptSmuggledIntoTheParameters() throws Exception {
        victim = new ProcessBuilder("sleep", "300").start();
        Path injected = work.resolve("injected");
        RecordingListener listener = new RecordingListener();
        UUID id = UUID.randomUUID();

        executor().start(new Operation(id, "SignalProcessRequest", Map.of("signal", "TERM", "pid", victim.pid(),
                "interpreter", "/bin/sh", "code", "touch " + injected), null), listener);

        assertThat(listener.await(MAX).succeeded()).isTrue();
        assertThat(injected).doesNotExist();
        await().atMost(MAX).until(() -> !victim.isAlive()); // the planned kill ran (its text: CommandPlansTest)
        assertThat(work.resolve(id.toString())).doesNotExist();
    }

    private PlannedCommandExecutor executor() {
        return new PlannedCommandExecutor(new ScriptExecutor(work, timer, Duration.ofSeconds(1)));
    }

    private static Operation op(Map<String, Object> parameters) {
        return new Operation(UUID.randomUUID(), "SignalProcessRequest", parameters, null);
    }
}
