package io.activityplatform.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evidence a stuck run leaves: a thread dump of each Java process under the roots, nothing for others. */
class ThreadDumpsTest {

    @TempDir
    Path dir;

    @Test
    void dumpsTheThreadsOfAJavaProcess() throws Exception {
        long self = ProcessHandle.current().pid();

        List<Path> files = ThreadDumps.write(dir, List.of(self));

        assertThat(files).containsExactly(dir.resolve("threads-" + self + ".txt"));
        assertThat(Files.readString(files.get(0))).contains("Full thread dump")
                .contains("\"" + Thread.currentThread().getName() + "\"");
    }

    @Test
    void skipsWhatIsNotJavaOrIsGone() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try {
            assertThat(ThreadDumps.write(dir, List.of(sleeper.pid(), Long.MAX_VALUE))).isEmpty();
        } finally {
            sleeper.destroy();
        }
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }
}
