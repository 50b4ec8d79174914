package io.activityplatform.agent.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.agent.protocol.OperationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemovingListenerTest {

    @TempDir
    Path root;

    @Test
    void removesANestedTreeAndForwardsEveryReport() throws Exception {
        Path dir = root.resolve("op");
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/b/file"), "x");
        Files.writeString(dir.resolve("script"), "echo");
        Path sibling = Files.writeString(root.resolve("other"), "kept");
        RecordingListener next = new RecordingListener();
        RemovingListener listener = new RemovingListener(dir, next);

        listener.output("chunk");
        listener.percent(50);
        assertThat(dir).exists();
        listener.finished(OperationResult.success(0, "ok"));

        assertThat(dir).doesNotExist();
        assertThat(sibling).exists();
        assertThat(next.output.toString()).isEqualTo("chunk");
        assertThat(next.percents).containsExactly(50);
        assertThat(next.finishedCalls).isEqualTo(1);
    }

    @Test
    void aMissingDirectoryIsNotAnError() {
        RecordingListener next = new RecordingListener();

        new RemovingListener(root.resolve("never-made"), next).finished(OperationResult.success(0, "ok"));

        assertThat(next.finishedCalls).isEqualTo(1);
    }
}
