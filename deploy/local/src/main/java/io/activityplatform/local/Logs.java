package io.activityplatform.local;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/** Reading the children's log files for error messages. */
final class Logs {

    private Logs() {
    }

    /** Last {@code maxLines} lines of a log file (looks at the last 16 KB only: logs can be large). */
    static String tail(Path file, int maxLines) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, raf.length() - 16_384);
            byte[] bytes = new byte[(int) (raf.length() - start)];
            raf.seek(start);
            raf.readFully(bytes);
            String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
            return String.join("\n", Arrays.copyOfRange(lines, Math.max(0, lines.length - maxLines), lines.length));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
