package io.activityplatform.agent.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.agent.protocol.OperationResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class DryRunExecutorTest {

    @Test
    void aPackageChangeReportsTheExactCommandsAndThatNothingChanged() throws Exception {
        RecordingListener listener = new RecordingListener();
        new DryRunExecutor().start(op("ChangePackagesRequest",
                Map.of("install", List.of("nginx", "curl"), "remove", List.of("telnet"))), listener);

        OperationResult result = listener.await(Duration.ofSeconds(1));
        assertThat(result.succeeded()).isTrue();
        assertThat(result.text()).startsWith(DryRunExecutor.PREFIX)
                .contains("apt-get -y install 'nginx' 'curl'", "apt-get -y remove 'telnet'",
                        "--real-execution=ChangePackagesRequest");
    }

    @Test
    void aTypeWithoutACommandPlanIsDescribedWithItsParameters() throws Exception {
        RecordingListener listener = new RecordingListener();
        new DryRunExecutor().start(op("ReleaseUpgradeRequest", Map.of("codeName", "noble")), listener);

        assertThat(listener.await(Duration.ofSeconds(1)).text())
                .contains(DryRunExecutor.PREFIX, "Would: ", "codeName=noble");
    }

    @Test
    void parametersCannotInjectShellCommands() {
        List<String> plan = CommandPlans.plan(op("CreateUserRequest", Map.of("username", "x'; rm -rf / #")))
                .orElseThrow();

        assertThat(plan).containsExactly("useradd --create-home 'x'\\''; rm -rf / #'");
    }

    @Test
    void theStandardRegistryRunsScriptsForRealAndDryRunsTheRestUnlessEnabled() {
        ScriptExecutor scripts = new ScriptExecutor(java.nio.file.Path.of("/tmp"),
                Executors.newSingleThreadScheduledExecutor());

        ExecutorRegistry registry = ExecutorRegistry.standard(scripts, Set.of("RestartRequest"));

        assertThat(registry.forType("ExecuteScriptRequest")).isSameAs(scripts);
        assertThat(registry.forType("ChangePackagesRequest")).isInstanceOf(DryRunExecutor.class);
        assertThat(registry.forType("RestartRequest")).isInstanceOf(PlannedCommandExecutor.class);
    }

    @Test
    void anUnknownTypeFailsAsUnsupported() throws Exception {
        RecordingListener listener = new RecordingListener();
        new ExecutorRegistry().forType("NoSuchType").start(op("NoSuchType", Map.of()), listener);

        assertThat(listener.await(Duration.ofSeconds(1)).errorCode()).isEqualTo("UNSUPPORTED_TYPE");
    }

    @Test
    void realExecutionOfATypeWithoutAPlanFailsClearly() throws Exception {
        RecordingListener listener = new RecordingListener();
        new PlannedCommandExecutor(null).start(op("ReleaseUpgradeRequest", Map.of()), listener);

        OperationResult result = listener.await(Duration.ofSeconds(1));
        assertThat(result.succeeded()).isFalse();
        assertThat(result.text()).contains("no implementation of ReleaseUpgradeRequest");
    }

    private static Operation op(String type, Map<String, Object> params) {
        return new Operation(UUID.randomUUID(), type, params, null);
    }
}
