package io.activityplatform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The shell wrapped around a packaged service: the service's exit status is the wrapper's (so a crash is
 * reported as one), and a SIGTERM to the wrapper reaches the service. Also the service's paths and URL.
 */
class ServiceWatchdogTest {

    private static final Duration MAX = Duration.ofSeconds(30);
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        started.forEach(p -> {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        });
    }

    @Test
    void theServicesExitStatusIsTheWrappersOwn() throws Exception {
        Process watchdog = watchdog("sh", "-c", "exit 7");

        assertThat(watchdog.waitFor(MAX.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(watchdog.exitValue()).isEqualTo(7);
    }

    @Test
    void aSigtermToTheWrapperStopsTheServiceAndReportsHowItEnded() throws Exception {
        Process watchdog = watchdog("sleep", "600");
        await().atMost(MAX).until(() -> watchdog.descendants().anyMatch(p -> p.info().command()
                .map(c -> c.endsWith("sleep")).orElse(false)));
        List<ProcessHandle> family = watchdog.descendants().toList();

        watchdog.destroy(); // SIGTERM, as ChildProcess.stop escalates when stdin EOF was not enough

        assertThat(watchdog.waitFor(MAX.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(watchdog.exitValue()).isEqualTo(143); // the service's own end by SIGTERM
        await().atMost(MAX).until(() -> family.stream().noneMatch(ProcessHandle::isAlive));
    }

    @Test
    void aServiceIsFoundInItsModulesQuarkusAppAndAnswersOnItsPort() {
        ServiceLauncher.Service service = new ServiceLauncher.Service("activity-api", "activity-api", "activity_api",
                18081);

        assertThat(service.jar(Path.of("/repo"))).isEqualTo(Path.of("/repo/activity-api/target/quarkus-app/quarkus-run.jar"));
        assertThat(service.url()).isEqualTo("http://localhost:18081");
    }

    private Process watchdog(String... service) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", "-c", ServiceLauncher.WATCHDOG, "sh"));
        command.addAll(List.of(service));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start(); // stdin stays an open pipe
        started.add(process);
        return process;
    }
}
