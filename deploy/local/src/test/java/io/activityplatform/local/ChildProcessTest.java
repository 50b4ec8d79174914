package io.activityplatform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generic child mechanics, with plain shell commands as children (fast, no JVM needed). */
class ChildProcessTest {

    @TempDir
    Path tmp;

    private ChildSpec sh(String script) {
        return new ChildSpec("test-child", List.of("sh", "-c", script), tmp.resolve("child.log"))
                .readyTimeout(Duration.ofSeconds(20));
    }

    @Test
    void readyLineIsParsedAndClosingStdinEndsTheChildCleanly() throws IOException {
        ChildProcess child = ChildProcess.start(sh("echo 'READY port=1234 user=me' > \"$CHILD_STATUS_FILE\"; "
                + "cat >/dev/null; echo bye"));
        assertThat(child.readyInfo()).containsEntry("port", "1234").containsEntry("user", "me");
        ProcessHandle handle = child.handle();
        child.stop();
        assertThat(handle.isAlive()).isFalse();
        assertThat(Logs.tail(child.logFile(), 5)).contains("bye"); // it ended by itself, on EOF
    }

    @Test
    void childExitingBeforeReadyFailsWithItsLog() {
        assertThatThrownBy(() -> ChildProcess.start(sh("echo something broke; exit 3")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("exited with code 3")
                .hasMessageContaining("something broke");
    }

    @Test
    void readyTimeoutStopsTheChildAndReportsIt() {
        List<ProcessHandle> before = ProcessHandle.current().children().toList(); // e.g. shared servers
        List<ProcessHandle> started = new ArrayList<>();
        ChildSpec spec = sh("echo still starting; cat >/dev/null").readyTimeout(Duration.ofMillis(500))
                .readinessProbe(() -> {
                    ProcessHandle.current().children().filter(p -> !before.contains(p)).forEach(started::add);
                    return Optional.empty();
                });
        assertThatThrownBy(() -> ChildProcess.start(spec))
                .hasMessageContaining("not ready within")
                .hasMessageContaining("still starting");
        assertThat(started).isNotEmpty().noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void childIgnoringStdinAndSigtermIsKilledWithItsDescendants() throws IOException {
        ChildProcess child = ChildProcess.start(sh("trap '' TERM; echo 'READY x=1' > \"$CHILD_STATUS_FILE\"; "
                + "sleep 600").stopTimeout(Duration.ofMillis(200)));
        List<ProcessHandle> family = new ArrayList<>(child.handle().descendants().toList());
        family.add(child.handle());
        child.stop();
        assertThat(family).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void serviceWatchdogStopsTheWrappedProgramOnStdinEof() throws IOException {
        ChildSpec spec = new ChildSpec("service", List.of("sh", "-c", ServiceLauncher.WATCHDOG, "sh", "sleep", "600"),
                tmp.resolve("service.log")).stopTimeout(Duration.ofSeconds(20))
                .readinessProbe(() -> Optional.of(Map.of()));
        ChildProcess child = ChildProcess.start(spec);
        List<ProcessHandle> family = new ArrayList<>(child.handle().descendants().toList());
        family.add(child.handle());
        long begin = System.nanoTime();
        child.stop();
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(10)); // no escalation
        assertThat(family).noneMatch(ProcessHandle::isAlive);
    }
}
