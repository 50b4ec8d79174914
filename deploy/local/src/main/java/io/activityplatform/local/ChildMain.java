package io.activityplatform.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Child-side helpers shared by the child mains: arguments, the stdin-EOF watchdog and the READY signal. */
public final class ChildMain {

    private ChildMain() {
    }

    /** Parses {@code --key=value} arguments (a bare {@code --flag} maps to "true"). */
    public static Map<String, String> args(String[] args) {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Expected --key=value, got " + arg);
            }
            int eq = arg.indexOf('=');
            parsed.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "true" : arg.substring(eq + 1));
        }
        return parsed;
    }

    public static List<String> list(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Exits the JVM when stdin reaches EOF, i.e. when the parent closed the pipe or died. Cleanup belongs in a
     * shutdown hook: {@code System.exit} runs it, and so does a SIGTERM from the parent's escalation.
     * The watchdog is a non-daemon thread, so it also keeps the JVM alive when the server itself only runs
     * daemon threads or other processes (zonky: the postmaster is a separate process).
     */
    public static void exitOnStdinEof() {
        Thread watchdog = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // the parent never writes; ignore anything that arrives anyway
                }
            } catch (IOException ignored) {
                // a broken pipe means the parent is gone too
            }
            System.out.println("stdin closed: shutting down");
            System.exit(0);
        }, "stdin-eof-watchdog");
        watchdog.start();
    }

    /** Writes {@code READY k=v ...} atomically to the status file the parent polls (and echoes it to the log). */
    public static void signalReady(Map<String, String> info) throws IOException {
        StringBuilder line = new StringBuilder("READY");
        info.forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
        line.append('\n');
        System.out.print(line);
        String statusPath = System.getenv(ChildProcess.STATUS_ENV);
        if (statusPath == null) {
            return; // started by hand: the log line is enough
        }
        Path status = Path.of(statusPath);
        Path tmp = status.resolveSibling(status.getFileName() + ".tmp");
        Files.writeString(tmp, line, StandardCharsets.UTF_8);
        Files.move(tmp, status, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Inverse of {@link #signalReady}: values must not contain spaces. */
    static Map<String, String> parseReady(String line) {
        Map<String, String> info = new LinkedHashMap<>();
        for (String token : line.trim().split("\\s+")) {
            int eq = token.indexOf('=');
            if (eq > 0) {
                info.put(token.substring(0, eq), token.substring(eq + 1));
            }
        }
        return info;
    }

    /** Prints the failure and exits non-zero, so the parent reports the log tail instead of waiting. */
    public static void fail(String what, Throwable error) {
        System.out.println(what + " failed: " + error);
        error.printStackTrace(System.out);
        System.out.flush();
        System.exit(1); // runs the shutdown hooks, which stop whatever was started
    }
}
