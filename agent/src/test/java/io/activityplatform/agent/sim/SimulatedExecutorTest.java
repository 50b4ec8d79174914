package io.activityplatform.agent.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.activityplatform.agent.exec.Execution;
import io.activityplatform.agent.exec.Operation;
import io.activityplatform.agent.exec.RecordingListener;
import io.activityplatform.agent.protocol.AgentMessage;
import io.activityplatform.agent.protocol.OperationResult;
import io.activityplatform.events.codec.EventCodec;
import io.activityplatform.events.codec.LegalText;
import io.activityplatform.events.ledger.ExecutionLedger;
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

    @Test
    void aMarkerInTheScriptCodeChoosesTheModeForValidatedTypes() {
        Behaviour behaviour = Behaviour.parse("ExecuteScriptRequest:slow=200");

        assertThat(behaviour.modeFor("ExecuteScriptRequest", Map.of("code", "printf 'a'  #simulate=noisy\necho x"))
                .kind()).isEqualTo(Behaviour.Kind.NOISY);
        assertThat(behaviour.modeFor("ExecuteScriptRequest", Map.of("code", "#simulate=slow=50")))
                .isEqualTo(new Behaviour.Mode(Behaviour.Kind.SLOW, 50));
        assertThat(behaviour.modeFor("ExecuteScriptRequest", Map.of("code", "echo simulate=fail")))
                .isEqualTo(new Behaviour.Mode(Behaviour.Kind.SLOW, 200));
        assertThatThrownBy(() -> behaviour.modeFor("ExecuteScriptRequest", Map.of("code", "#simulate=explode")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNoisyOperationPrintsControlBytesAndUnpairedSurrogatesThenSucceeds() throws Exception {
        RecordingListener listener = new RecordingListener();

        new SimulatedExecutor(Behaviour.parse("default:noisy"), timer).start(op("ExecuteScriptRequest"), listener);

        OperationResult result = listener.await(Duration.ofSeconds(5));
        assertThat(result.succeeded()).isTrue();
        assertThat(result.text()).isEqualTo(SimulatedExecutor.NOISY_RESULT).contains("\u0000");
        assertThat(listener.output.toString()).endsWith(SimulatedExecutor.NOISY_OUTPUT)
                .contains("\u0000", "\u0001", "\u001B", "\uD800", "\uDC00");
        assertThat(LegalText.isLegal(SimulatedExecutor.NOISY_OUTPUT)).isFalse();
    }

    /** The agent must be able to send what it printed: a lone surrogate must not break its JSON encoding. */
    @Test
    void noisyOutputSurvivesTheAgentProtocolEncodingUnchanged() throws Exception {
        ObjectMapper mapper = EventCodec.mapper();
        AgentMessage sent = AgentMessage.progress(1, UUID.randomUUID(), 1, null, SimulatedExecutor.NOISY_OUTPUT,
                false);

        AgentMessage received = mapper.readValue(mapper.writeValueAsBytes(sent), AgentMessage.class);

        assertThat(received.output()).isEqualTo(SimulatedExecutor.NOISY_OUTPUT);
    }

    @Test
    void everyStartedOperationIsAppendedToTheExecutionLedger(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        ExecutionLedger ledger = new ExecutionLedger(dir.resolve("ledger.tsv"));
        SimulatedExecutor executor = new SimulatedExecutor(Behaviour.parse("default:succeed"), timer, ledger);
        Operation first = op("A");
        Operation second = op("B");

        executor.start(first, new RecordingListener());
        executor.start(second, new RecordingListener());
        executor.start(first, new RecordingListener());

        assertThat(ExecutionLedger.read(ledger.file())).extracting(ExecutionLedger.Entry::activityId)
                .containsExactly(first.id(), second.id(), first.id());
        assertThat(ExecutionLedger.startedTwice(ExecutionLedger.read(ledger.file()))).containsOnlyKeys(first.id());
    }

    private static Operation op(String type) {
        return new Operation(UUID.randomUUID(), type, Map.of(), null);
    }
}
