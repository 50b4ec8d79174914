package io.activityplatform.agent.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.agent.protocol.OperationResult;
import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.type.ActivityType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Which executor the standard agent uses: nothing changes the machine unless the operator enabled the type,
 * scripts always run for real, and server-side activity types are never "done" by the agent.
 */
class ExecutorRegistryTest {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final ScriptExecutor scripts = new ScriptExecutor(Path.of("/nonexistent"), timer);

    @AfterEach
    void stopTimer() {
        timer.shutdownNow();
    }

    @Test
    void withoutRealExecutionEveryClientTypeButScriptsIsADryRun() {
        ExecutorRegistry registry = ExecutorRegistry.standard(scripts, Set.of());

        for (ActivityType type : clientTypesExceptScripts()) {
            assertThat(registry.forType(type.wireName())).as(type.wireName()).isInstanceOf(DryRunExecutor.class);
        }
        assertThat(registry.forType(ExecutorRegistry.SCRIPT_TYPE)).isSameAs(scripts);
    }

    @Test
    void allEnablesEveryClientTypeAndScriptsStayScripts() {
        ExecutorRegistry registry = ExecutorRegistry.standard(scripts, Set.of("all"));

        for (ActivityType type : clientTypesExceptScripts()) {
            assertThat(registry.forType(type.wireName())).as(type.wireName())
                    .isInstanceOf(PlannedCommandExecutor.class);
        }
        assertThat(registry.forType(ExecutorRegistry.SCRIPT_TYPE)).isSameAs(scripts);
    }

    @Test
    void onlyTheNamedTypesAreEnabled() {
        ExecutorRegistry registry = ExecutorRegistry.standard(scripts, Set.of("ShutdownRequest", "restartrequest"));

        assertThat(registry.forType("ShutdownRequest")).isInstanceOf(PlannedCommandExecutor.class);
        assertThat(registry.forType("RestartRequest")).as("wire names are exact").isInstanceOf(DryRunExecutor.class);
        assertThat(registry.forType("CreateUserRequest")).isInstanceOf(DryRunExecutor.class);
    }

    @Test
    void serverSideAndUnknownTypesFailAsUnsupportedInsteadOfAFakeSuccess() throws Exception {
        ExecutorRegistry registry = ExecutorRegistry.standard(scripts, Set.of("all"));
        ActivityType serverType = java.util.Arrays.stream(ActivityType.values())
                .filter(t -> t.kind() == ActivityKind.SERVER).findFirst().orElseThrow();

        for (String type : new String[] {serverType.wireName(), "NoSuchType"}) {
            RecordingListener listener = new RecordingListener();
            registry.forType(type).start(new Operation(UUID.randomUUID(), type, Map.of(), null), listener);
            OperationResult result = listener.await(Duration.ofSeconds(5));
            assertThat(result.succeeded()).as(type).isFalse();
            assertThat(result.errorCode()).isEqualTo("UNSUPPORTED_TYPE");
            assertThat(result.text()).contains(type);
        }
    }

    @Test
    void aRegisteredExecutorReplacesTheStandardOneAndTheFallbackCoversTheRest() {
        OperationExecutor custom = (op, listener) -> Execution.DONE;
        OperationExecutor fallback = (op, listener) -> Execution.DONE;

        ExecutorRegistry registry = ExecutorRegistry.standard(scripts, Set.of())
                .register("RestartRequest", custom).fallback(fallback);

        assertThat(registry.forType("RestartRequest")).isSameAs(custom);
        assertThat(registry.forType("NoSuchType")).isSameAs(fallback);
        assertThat(registry.forType("ShutdownRequest")).isInstanceOf(DryRunExecutor.class);
    }

    private static java.util.List<ActivityType> clientTypesExceptScripts() {
        return java.util.Arrays.stream(ActivityType.values())
                .filter(t -> t.kind() == ActivityKind.CLIENT && !t.wireName().equals(ExecutorRegistry.SCRIPT_TYPE))
                .toList();
    }
}
