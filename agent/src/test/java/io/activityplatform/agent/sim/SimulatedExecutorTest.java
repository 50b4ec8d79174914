package io.activityplatform.agent.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activityplatform.agent.exec.Execution;
import io.activityplatform.agent.exec.Operation;
import io.activityplatform.agent.exec.RecordingListener;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulatedExecutorTest {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    @Test
    void behaviourIsChosenPerTypeWithADefault() {
        Behaviour behaviour = Behaviour.parse("RestartRequest:fail, ExecuteScriptRequest:slow=250,default:hang");

        assertThat(behaviour.modeFor("RestartRequest", Map.of()).kind()).isEqualTo(Behaviour.Kind.FAIL);
        assertThat(behaviour.modeFor("ExecuteScriptRequest", Map.of()))
                .isEqualTo(new Behaviour.Mode(Behaviour.Kind.SLOW, 250));
        assertThat(behaviour.modeFor("InstallSnaps", Map.of()).kind()).isEqualTo(Behaviour.Kind.HANG);
        assertThat(behaviour.modeFor("RestartRequest", Map.of("simulate", "succeed")).kind())
                .isEqualTo(Behaviour.Kind.SUCCEED);
    }

    @Test
    void aMalformedBehaviourIsRejected() {
        assertThatThrownBy(() -> Behaviour.parse("RestartRequest")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Behaviour.parse("x:explode")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void failingAndSlowOperationsFinishAsConfigured() throws Exception {
        SimulatedExecutor executor = new SimulatedExecutor(Behaviour.parse("A:fail,B:slow=50"), timer);
        RecordingListener failing = new RecordingListener();
        RecordingListener slow = new RecordingListener();

        executor.start(op("A"), failing);
        executor.start(op("B"), slow);

        assertThat(failing.await(Duration.ofSeconds(5)).succeeded()).isFalse();
        assertThat(slow.await(Duration.ofSeconds(5)).succeeded()).isTrue();
        assertThat(slow.output.toString()).contains("simulated B");
    }

    @Test
    void aHangingOperationFinishesOnlyWhenCanceledAndOnlyOnce() throws Exception {
        RecordingListener listener = new RecordingListener();
        Execution execution = new SimulatedExecutor(Behaviour.parse("default:hang"), timer).start(op("A"), listener);
        assertThat(listener.result).isNotDone();

        execution.cancel("stop");
        execution.cancel("stop again");

        assertThat(listener.await(Duration.ofSeconds(1)).errorCode()).isEqualTo("CANCELED");
        assertThat(listener.finishedCalls).isEqualTo(1);
    }

    private static Operation op(String type) {
        return new Operation(UUID.randomUUID(), type, Map.of(), null);
    }
}
