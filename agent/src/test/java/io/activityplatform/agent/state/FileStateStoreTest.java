package io.activityplatform.agent.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activityplatform.agent.protocol.AgentMessage;
import io.activityplatform.agent.protocol.OperationResult;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code state.json} must survive a crash at any moment: a reader never sees a half-written file, a write
 * interrupted half-way leaves the previous state, and a damaged file is an error, never an empty state (an
 * empty state would make a registered agent forget its identity and its unacknowledged results).
 */
class FileStateStoreTest {

    @TempDir
    Path dir;

    @Test
    void aMissingDirectoryIsCreatedOnTheFirstSaveAndNothingIsLoadedBefore() {
        FileStateStore store = new FileStateStore(dir.resolve("a/b"));

        assertThat(store.load()).isEmpty();
        store.save(state("token-1", 0));

        assertThat(store.load()).hasValueSatisfying(s -> assertThat(s.exchangeToken()).isEqualTo("token-1"));
        assertThat(store.file()).isEqualTo(dir.resolve("a/b/state.json"));
    }

    @Test
    void aWriteInterruptedHalfWayLeavesThePreviousStateAndTheNextSaveRecovers() throws Exception {
        FileStateStore store = new FileStateStore(dir);
        store.save(state("token-1", 3));
        byte[] next = Files.readAllBytes(store.file());
        // what a crash during the next save leaves behind: the temporary file, cut off mid-way
        Path tmp = dir.resolve(FileStateStore.FILE_NAME + ".tmp");
        Files.write(tmp, java.util.Arrays.copyOf(next, next.length / 2));

        StateSnapshot loaded = new FileStateStore(dir).load().orElseThrow();
        assertThat(loaded.exchangeToken()).isEqualTo("token-1");
        assertThat(loaded.outbox()).hasSize(3);

        new FileStateStore(dir).save(state("token-2", 1));
        assertThat(new FileStateStore(dir).load().orElseThrow().exchangeToken()).isEqualTo("token-2");
        assertThat(tmp).doesNotExist();
    }

    @Test
    void aShorterStateReplacesALongerOneCompletely() throws Exception {
        FileStateStore store = new FileStateStore(dir);
        store.save(state("token-1", 200));

        store.save(state("token-2", 0));

        StateSnapshot loaded = store.load().orElseThrow();
        assertThat(loaded.outbox()).isEmpty();
        assertThat(loaded.exchangeToken()).isEqualTo("token-2");
        assertThat(Files.readString(store.file(), StandardCharsets.UTF_8).strip()).endsWith("}");
    }

    @Test
    void aDamagedFileIsAnErrorNamingTheFileNotAnEmptyState() throws Exception {
        FileStateStore store = new FileStateStore(dir);
        store.save(state("token-1", 2));
        byte[] whole = Files.readAllBytes(store.file());
        Files.write(store.file(), java.util.Arrays.copyOf(whole, whole.length - 20));

        assertThatThrownBy(store::load).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(store.file().toString());
        assertThatThrownBy(() -> AgentState.load(store)).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void aStateFileOthersCouldReadIsOwnerOnlyAfterTheNextSave() throws Exception {
        FileStateStore store = new FileStateStore(dir);
        Files.writeString(store.file(), "{}");
        Files.setPosixFilePermissions(store.file(), PosixFilePermissions.fromString("rw-r--r--"));

        store.save(state("token-1", 0));

        assertThat(Files.getPosixFilePermissions(store.file()))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aReaderNeverSeesAHalfWrittenFileWhileTheAgentSaves() throws Exception {
        FileStateStore writer = new FileStateStore(dir);
        FileStateStore reader = new FileStateStore(dir);
        writer.save(state("token-0", 100));
        AtomicBoolean writing = new AtomicBoolean(true);
        CompletableFuture<Void> saves = CompletableFuture.runAsync(() -> {
            try {
                for (int i = 1; i <= 300; i++) {
                    writer.save(state("token-" + i, i % 2 == 0 ? 100 : 1)); // long and short files in turn
                }
            } finally {
                writing.set(false);
            }
        });

        int reads = 0;
        while (writing.get() || reads == 0) {
            StateSnapshot seen = reader.load().orElseThrow(); // throws on a partial file
            assertThat(seen.outbox().size()).isIn(1, 100);
            reads++;
        }
        saves.get(30, TimeUnit.SECONDS);
        assertThat(reader.load().orElseThrow().exchangeToken()).isEqualTo("token-300");
    }

    @Test
    void operationsAndMessagesRoundTripExactly() {
        FileStateStore store = new FileStateStore(dir);
        UUID op = UUID.randomUUID();
        StateSnapshot written = new StateSnapshot("http://server/", "acme", "c-1", "s-1", "t-1", 5, 9,
                List.of(AgentMessage.progress(7, op, 2, 50, "out\u0000put \"quoted\"\n", true),
                        AgentMessage.result(8, op, OperationResult.failure(null, "killed", "TIMED_OUT"))),
                Map.of(op, new OperationRecord("ExecuteScriptRequest", OperationRecord.Status.COMPLETED, 2)));

        store.save(written);

        assertThat(store.load()).contains(written);
    }

    private static StateSnapshot state(String token, int messages) {
        List<AgentMessage> outbox = new ArrayList<>();
        UUID op = UUID.randomUUID();
        for (int i = 1; i <= messages; i++) {
            outbox.add(AgentMessage.progress(i, op, i, null, "output line " + i + " " + "x".repeat(200), false));
        }
        return new StateSnapshot("http://server/", "acme", "computer-1", "secret", token, 1, messages + 1, outbox,
                Map.of());
    }
}
