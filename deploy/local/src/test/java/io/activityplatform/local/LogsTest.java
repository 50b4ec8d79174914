package io.activityplatform.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log tail shown when a child fails: the last lines, cheaply, even from a huge log. */
class LogsTest {

    @TempDir
    Path dir;

    @Test
    void theLastLinesAreReturnedInOrder() throws Exception {
        Path log = Files.writeString(dir.resolve("x.log"), "one\ntwo\nthree\nfour\n");

        assertThat(Logs.tail(log, 2)).isEqualTo("three\nfour");
        assertThat(Logs.tail(log, 10)).isEqualTo("one\ntwo\nthree\nfour");
    }

    @Test
    void aHugeLogStillEndsWithItsLastLines() throws Exception {
        String lines = IntStream.rangeClosed(1, 100_000).mapToObj(i -> "line " + i)
                .collect(Collectors.joining("\n", "", "\n"));
        Path log = Files.writeString(dir.resolve("big.log"), lines);

        assertThat(Logs.tail(log, 3)).isEqualTo("line 99998\nline 99999\nline 100000");
        assertThat(Logs.tail(log, 1_000_000).length()).isLessThanOrEqualTo(16_384);
    }

    @Test
    void aMissingLogIsReportedNotThrown() {
        assertThat(Logs.tail(dir.resolve("never-written.log"), 5)).startsWith("(no log: ");
    }

    @Test
    void anEmptyLogIsEmpty() throws Exception {
        assertThat(Logs.tail(Files.createFile(dir.resolve("empty.log")), 5)).isEmpty();
    }
}
