package io.activityplatform.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deleting a data directory removes all of it, and nothing outside it, even through a symbolic link. */
class DeleteTreeTest {

    @TempDir
    Path dir;

    @Test
    void aNestedTreeIsRemovedCompletely() throws Exception {
        Path root = dir.resolve("data");
        Files.createDirectories(root.resolve("kafka/logs/partition-0"));
        Files.createDirectories(root.resolve("empty"));
        Files.writeString(root.resolve("kafka/logs/partition-0/00000.log"), "records");
        Files.writeString(root.resolve("state.json"), "{}");

        DeleteTree.delete(root);

        assertThat(root).doesNotExist();
        assertThat(dir).exists();
    }

    @Test
    void aMissingRootIsNothingToDo() {
        DeleteTree.delete(dir.resolve("never-created"));

        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aLinkInsideTheTreeIsRemovedButNotWhatItPointsTo() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("precious"));
        Files.writeString(outside.resolve("keep.txt"), "keep");
        Path root = Files.createDirectories(dir.resolve("data"));
        Files.createSymbolicLink(root.resolve("link"), outside);

        new DeleteTree(root).run(); // as the shutdown hook runs it

        assertThat(root).doesNotExist();
        assertThat(outside.resolve("keep.txt")).hasContent("keep");
    }
}
