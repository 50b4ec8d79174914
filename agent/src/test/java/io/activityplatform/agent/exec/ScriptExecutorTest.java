package io.activityplatform.agent.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.agent.protocol.OperationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptExecutorTest {

    private static final Duration MAX = Duration.ofSeconds(20);

    @TempDir
    Path work;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stopTimer() {
        timer.shutdownNow();
    }

    @Test
    void aSucceedingScriptStreamsItsOutputAndReportsExitCodeZero() throws Exception {
        RecordingListener listener = run(script("echo hello; echo world >&2"));

        OperationResult result = listener.await(MAX);

        assertThat(result.succeeded()).isTrue();
        assertThat(result.code()).isZero();
        assertThat(result.text()).contains("hello", "world");
        assertThat(listener.output.toString()).contains("hello", "world");
    }

    @Test
    void aFailingScriptReportsItsExitCode() throws Exception {
        OperationResult result = run(script("echo broken; exit 3")).await(MAX);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.code()).isEqualTo(3);
        assertThat(result.errorCode()).isEqualTo("EXECUTION_FAILED");
        assertThat(result.text()).contains("broken");
    }

    @Test
    void theTimeLimitKillsTheWholeProcessTreeAndReportsATimeout() throws Exception {
        Path pidFile = work.resolve("child.pid");
        Map<String, Object> params = script("sleep 60 & echo $! > " + pidFile + "; echo started; wait");
        params.put("timeLimitSeconds", 1);

        OperationResult result = run(params).await(MAX);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.errorCode()).isEqualTo("TIMED_OUT");
        assertThat(result.text()).contains("started");
        long child = Long.parseLong(Files.readString(pidFile).trim());
        await().atMost(MAX).until(() -> ProcessHandle.of(child).map(p -> !p.isAlive()).orElse(true));
    }

    @Test
    void theActivityTimeoutLimitsAScriptWithoutItsOwnLimit() throws Exception {
        RecordingListener listener = new RecordingListener();
        new ScriptExecutor(work, timer).start(new Operation(UUID.randomUUID(), "ExecuteScriptRequest",
                script("sleep 60"), 1), listener);

        assertThat(listener.await(MAX).errorCode()).isEqualTo("TIMED_OUT");
    }

    @Test
    void cancelKillsTheRunningScript() throws Exception {
        RecordingListener listener = new RecordingListener();
        Execution execution = new ScriptExecutor(work, timer).start(op(script("echo running; sleep 60")), listener);
        await().atMost(MAX).until(() -> listener.output.toString().contains("running"));

        execution.cancel("operator canceled");

        OperationResult result = listener.await(MAX);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.errorCode()).isEqualTo("CANCELED");
        assertThat(result.code()).isEqualTo(143);
        assertThat(result.text()).contains("operator canceled", "running", "killed", "SIGTERM");
    }

    @Test
    void progressLinesReportAPercentAndAreLeftOutOfTheOutput() throws Exception {
        RecordingListener listener = run(script("echo one; echo '::progress 40'; echo two; echo '::progress 90'"));

        OperationResult result = listener.await(MAX);

        assertThat(listener.percents).containsExactly(40, 90);
        assertThat(result.text()).contains("one", "two").doesNotContain("::progress");
    }

    @Test
    void anotherUserIsRefusedUnlessTheAgentRunsAsRoot() throws Exception {
        Map<String, Object> params = script("id");
        params.put("username", "bob");
        RecordingListener listener = new RecordingListener();

        new ScriptExecutor(work, timer, "alice", ScriptExecutor.DEFAULT_GRACE).start(op(params), listener);

        OperationResult result = listener.await(MAX);
        assertThat(result.errorCode()).isEqualTo(ScriptExecutor.USER_NOT_PERMITTED);
        assertThat(result.text()).contains("bob", "alice", "root");
    }

    @Test
    void outputIsCappedAndMarkedTruncated() throws Exception {
        OperationResult result = run(script("head -c 200000 /dev/zero | tr '\\0' x")).await(MAX);

        assertThat(result.succeeded()).isTrue();
        assertThat(result.text()).contains("[output truncated]");
        assertThat(result.text().length()).isLessThan(ScriptRun.MAX_OUTPUT_CHARS + 100);
    }

    @Test
    void attachmentsAreWrittenBesideTheScript() throws Exception {
        Map<String, Object> params = script("cat \"$ATTACHMENTS_DIR/motd.txt\"");
        params.put("attachments", Map.of("motd.txt", "hello attachment"));

        assertThat(run(params).await(MAX).text()).contains("hello attachment");
    }

    @Test
    void missingParametersAreReportedAsInvalid() throws Exception {
        RecordingListener listener = run(Map.of("code", "echo"));

        assertThat(listener.await(MAX).errorCode()).isEqualTo(ScriptExecutor.INVALID_PARAMETERS);
    }

    @Test
    void aFinishedScriptLeavesNoWorkDirectoryBehind() throws Exception {
        Map<String, Object> params = script("mkdir -p deep/er && echo x > deep/er/file && echo done");
        params.put("attachments", Map.of("motd.txt", "hello"));

        OperationResult result = run(params).await(MAX);

        assertThat(result.text()).contains("done");
        try (var left = Files.list(work)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aScriptThatCannotStartLeavesNoWorkDirectoryBehind() throws Exception {
        Map<String, Object> params = script("echo never");
        params.put("interpreter", "/no/such/interpreter");

        OperationResult result = run(params).await(MAX);

        assertThat(result.errorCode()).isEqualTo("EXECUTION_FAILED");
        try (var left = Files.list(work)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void theWorkDirectoryIsGoneBeforeTheResultIsReported() throws Exception {
        UUID id = UUID.randomUUID();
        Path dir = work.resolve(id.toString());
        boolean[] presentAtFinish = {true};
        RecordingListener recording = new RecordingListener();
        ExecutionListener probe = new ExecutionListener() {
            @Override
            public void output(String chunk) {
                recording.output(chunk);
            }

            @Override
            public void percent(int percent) {
                recording.percent(percent);
            }

            @Override
            public void finished(OperationResult result) {
                presentAtFinish[0] = Files.exists(dir);
                recording.finished(result);
            }
        };

        new ScriptExecutor(work, timer).start(new Operation(id, "ExecuteScriptRequest", script("true"), null), probe);

        recording.await(MAX);
        assertThat(presentAtFinish[0]).isFalse();
    }

    private RecordingListener run(Map<String, Object> params) {
        RecordingListener listener = new RecordingListener();
        new ScriptExecutor(work, timer).start(op(params), listener);
        return listener;
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
