package io.activityplatform.agent.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.agent.protocol.OperationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 §1: a stopped script does nothing after the stop. The script of the bug report,
 * {@code echo begin; sleep 300; echo after; touch F}, run many times at once and stopped concurrently by
 * cancels and time limits, never writes F, and every result says it was killed.
 */
class ScriptKillTest {

    private static final Duration MAX = Duration.ofSeconds(60);
    private static final int RUNS = 50;

    @TempDir
    Path work;

    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
    private final ExecutorService cancelers = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        timer.shutdownNow();
        cancelers.shutdownNow();
    }

    @Test
    void concurrentCancelsAndTimeoutsStopEveryScriptBeforeItsNextCommand() throws Exception {
        ScriptExecutor executor = new ScriptExecutor(work, timer, Duration.ofSeconds(2));
        List<RecordingListener> listeners = new ArrayList<>();
        List<Execution> executions = new ArrayList<>();
        List<Path> markers = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            Path marker = work.resolve("F" + i);
            markers.add(marker);
            Map<String, Object> params = script("echo begin; sleep 300; echo after; touch " + marker);
            if (i % 5 == 0) {
                params.put("timeLimitSeconds", 1); // a time limit racing the cancel
            }
            RecordingListener listener = new RecordingListener();
            listeners.add(listener);
            executions.add(executor.start(op(params), listener));
        }
        await().atMost(MAX).until(() -> listeners.stream().allMatch(l -> l.output.toString().contains("begin")));

        CountDownLatch go = new CountDownLatch(1);
        for (Execution execution : executions) {
            for (int twice = 0; twice < 2; twice++) { // two cancels per script, from different threads
                cancelers.submit(() -> {
                    go.await();
                    execution.cancel("bulk cancel");
                    return null;
                });
            }
        }
        go.countDown();

        for (int i = 0; i < RUNS; i++) {
            OperationResult result = listeners.get(i).await(MAX);
            assertThat(result.succeeded()).isFalse();
            assertThat(result.errorCode()).isIn("CANCELED", "TIMED_OUT");
            assertThat(result.code()).isIn(143, 137);
            assertThat(result.text()).contains("killed", "begin").doesNotContain("after");
            assertThat(listeners.get(i).finishedCalls).isEqualTo(1);
        }
        // the shell is gone (its exit was reported), so a marker absent now can never appear
        assertThat(markers).noneMatch(Files::exists);
    }

    @Test
    void aScriptIgnoringSigtermIsKilledAfterTheGracePeriod() throws Exception {
        Path marker = work.resolve("F");
        Path pidFile = work.resolve("sleep.pid");
        RecordingListener listener = new RecordingListener();
        Execution execution = new ScriptExecutor(work, timer, Duration.ofMillis(300)).start(op(script(
                "trap '' TERM; sleep 300 & echo $! > " + pidFile + "; echo begin; wait; touch " + marker)),
                listener);
        await().atMost(MAX).until(() -> listener.output.toString().contains("begin"));

        execution.cancel("operator canceled");

        OperationResult result = listener.await(MAX);
        assertThat(result.code()).isEqualTo(137);
        assertThat(result.text()).contains("SIGKILL");
        long sleeper = Long.parseLong(Files.readString(pidFile).trim());
        await().atMost(MAX).until(() -> ProcessHandle.of(sleeper).map(p -> !p.isAlive()).orElse(true));
        assertThat(marker).doesNotExist();
    }

    /**
     * Planted fault: the old way (children first, then the shell) lets the shell run its next command; the
     * marker assertion above is able to see that.
     */
    @Test
    void killingOnlyTheChildrenLetsTheShellGoOnWhichTheGroupKillPrevents() throws Exception {
        Path marker = work.resolve("F-fault");
        Process shell = new ProcessBuilder("/bin/sh", "-c", "echo begin; sleep 300; echo after; touch " + marker)
                .redirectErrorStream(true).start();
        await().atMost(MAX).until(() -> shell.descendants().findAny().isPresent());

        shell.descendants().forEach(ProcessHandle::destroyForcibly);

        await().atMost(MAX).until(() -> Files.exists(marker));
        assertThat(shell.waitFor()).isZero();
    }

    private static Operation op(Map<String, Object> params) {
        return new Operation(UUID.randomUUID(), "ExecuteScriptRequest", params, null);
    }

    private static Map<String, Object> script(String code) {
        Map<String, Object> params = new HashMap<>();
        params.put("interpreter", "/bin/sh");
        params.put("code", code);
        return params;
    }
}
