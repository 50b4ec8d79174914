package io.activityplatform.agent.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.agent.protocol.AgentMessage;
import io.activityplatform.agent.protocol.OperationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentStateTest {

    @TempDir
    Path dir;

    @Test
    void anOperationIdIsStartedOnlyOnce() {
        AgentState state = fresh(StateStore.inMemory());
        UUID op = UUID.randomUUID();

        assertThat(state.startOperation(op, "ExecuteScriptRequest")).isTrue();
        assertThat(state.startOperation(op, "ExecuteScriptRequest")).isFalse();
        state.complete(op, OperationResult.success(0, "done"));
        assertThat(state.startOperation(op, "ExecuteScriptRequest")).isFalse();
    }

    @Test
    void outputBecomesNumberedBoundedProgressChunksBeforeTheResult() {
        AgentState state = fresh(StateStore.inMemory());
        UUID op = UUID.randomUUID();
        state.startOperation(op, "ExecuteScriptRequest");
        state.output(op, "a".repeat(AgentState.MAX_CHUNK_CHARS + 10));
        List<AgentMessage> first = state.messagesToSend();
        state.output(op, "tail");
        state.complete(op, OperationResult.success(0, "ok"));

        List<AgentMessage> all = state.messagesToSend();

        assertThat(first).extracting(AgentMessage::chunkSequence).containsExactly(1L, 2L);
        assertThat(first.get(0).output()).hasSize(AgentState.MAX_CHUNK_CHARS);
        assertThat(all).extracting(AgentMessage::type)
                .containsExactly("progress", "progress", "progress", "result");
        assertThat(all).extracting(AgentMessage::sequence).containsExactly(1L, 2L, 3L, 4L);
        assertThat(all.get(2).output()).isEqualTo("tail");
        assertThat(all.get(2).chunkSequence()).isEqualTo(3L);
    }

    @Test
    void acknowledgedMessagesAreDroppedAndTheRestAreSentAgain() {
        AgentState state = fresh(StateStore.inMemory());
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        state.startOperation(a, "X");
        state.startOperation(b, "X");
        state.complete(a, OperationResult.success(0, "a"));
        state.complete(b, OperationResult.success(0, "b"));

        state.exchanged(2, "token-2");

        assertThat(state.messagesToSend()).extracting(AgentMessage::operationId).containsExactly(b);
        assertThat(state.exchangeToken()).isEqualTo("token-2");
    }

    @Test
    void everythingSurvivesARestartFromTheStateFile() throws Exception {
        FileStateStore store = new FileStateStore(dir);
        AgentState state = fresh(store);
        UUID done = UUID.randomUUID();
        UUID running = UUID.randomUUID();
        state.startOperation(done, "ExecuteScriptRequest");
        state.complete(done, OperationResult.failure(2, "bad", "EXECUTION_FAILED"));
        state.startOperation(running, "ExecuteScriptRequest");
        state.received(7);
        state.exchanged(1, "token-9");

        AgentState restarted = AgentState.load(new FileStateStore(dir));

        assertThat(restarted.computerId()).isEqualTo("computer-1");
        assertThat(restarted.secretId()).isEqualTo("secret");
        assertThat(restarted.exchangeToken()).isEqualTo("token-9");
        assertThat(restarted.nextExpectedSequence()).isEqualTo(8);
        assertThat(restarted.running()).containsExactly(running);
        assertThat(restarted.startOperation(done, "ExecuteScriptRequest")).isFalse();
        assertThat(restarted.messagesToSend()).singleElement()
                .satisfies(m -> assertThat(m.text()).isEqualTo("bad"));
        assertThat(Files.getPosixFilePermissions(store.file()))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void outputAfterCompletionIsIgnored() {
        AgentState state = fresh(StateStore.inMemory());
        UUID op = UUID.randomUUID();
        state.startOperation(op, "X");
        state.complete(op, OperationResult.success(0, "ok"));
        state.output(op, "late");
        state.complete(op, OperationResult.failure(1, "second", null));

        assertThat(state.messagesToSend()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo("SUCCEEDED"));
    }

    private static AgentState fresh(StateStore store) {
        store.save(StateSnapshot.registered("http://server", "acme", "computer-1", "secret", "token-1"));
        return AgentState.load(store);
    }
}
