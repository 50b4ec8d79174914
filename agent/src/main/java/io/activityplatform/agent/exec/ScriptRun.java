package io.activityplatform.agent.exec;

import io.activityplatform.agent.protocol.OperationResult;
import io.activityplatform.events.event.ErrorCodes;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One running script: a thread streams its output to the listener (up to {@link #MAX_OUTPUT_CHARS}, the rest
 * is read and dropped so the script never blocks on a full pipe; {@code ::progress N} lines become percent
 * reports) and reports the end. A stop (time limit or cancel) terminates the script's whole process group,
 * the shell included, and the result says the script was killed: exit code 143 (SIGTERM) or 137 (SIGKILL),
 * never 0.
 */
final class ScriptRun {

    /** Output kept per script: with the marker, within what the agent and the server keep per activity. */
    static final int MAX_OUTPUT_CHARS = 64 * 1024 - 64;
    static final String TRUNCATED = "\n[output truncated]\n";

    enum Stop { TIMED_OUT, CANCELED }

    private record StopRequest(Stop kind, String reason) {
    }

    private final Process process;
    private final ProcessGroup group;
    private final ExecutionListener listener;
    private final ScheduledExecutorService timer;
    private final Duration grace;
    private final ProgressLines lines;
    private final StringBuilder output = new StringBuilder();
    private final AtomicReference<StopRequest> stop = new AtomicReference<>();
    private boolean truncated;

    ScriptRun(Process process, ExecutionListener listener, ScheduledExecutorService timer, Duration grace) {
        this.process = process;
        this.group = new ProcessGroup(process);
        this.listener = listener;
        this.timer = timer;
        this.grace = grace;
        this.lines = new ProgressLines(this::keep, listener::percent);
    }

    void start(String name) {
        Thread thread = new Thread(this::pump, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Terminates the process group; the first stop wins and names the outcome. */
    void stop(Stop kind, String reason) {
        if (process.isAlive() && stop.compareAndSet(null, new StopRequest(kind, reason))) {
            group.terminate(grace, timer);
        }
    }

    private void pump() {
        try {
            try (Reader reader = new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)) {
                char[] buffer = new char[4096];
                int n;
                while ((n = reader.read(buffer)) >= 0) {
                    lines.accept(new String(buffer, 0, n));
                }
                lines.end();
            } catch (IOException e) {
                // killing the process closes its streams: only a failure when nobody stopped it
                if (stop.get() == null) {
                    listener.finished(OperationResult.failure(null, "reading the script's output failed: "
                            + e.getMessage() + "\n" + output, ErrorCodes.EXECUTION_FAILED));
                    return;
                }
            }
            listener.finished(result(process.waitFor()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(Stop.CANCELED, "agent stopping");
            listener.finished(OperationResult.failure(null, "the agent stopped", ErrorCodes.INTERRUPTED));
        }
    }

    private void keep(String chunk) {
        int room = MAX_OUTPUT_CHARS - output.length();
        if (chunk.length() > room) {
            chunk = chunk.substring(0, Math.max(0, room));
            if (!truncated) {
                truncated = true;
                listener.output(chunk + TRUNCATED);
                output.append(chunk);
            }
            return;
        }
        output.append(chunk);
        listener.output(chunk);
    }

    private OperationResult result(int exit) {
        StopRequest stopped = stop.get();
        String text = output + (truncated ? TRUNCATED : "");
        if (stopped == null) {
            return exit == 0 ? OperationResult.success(0, text)
                    : OperationResult.failure(exit, text, ErrorCodes.EXECUTION_FAILED);
        }
        // a script that trapped SIGTERM and exited 0 was still stopped: its code is not a success code
        Integer code = exit == 0 ? null : exit;
        String killed = "killed: the script's process group was sent SIGTERM" + signalName(exit) + "\n";
        if (stopped.kind() == Stop.TIMED_OUT) {
            return OperationResult.failure(code, "timed out: " + stopped.reason() + "\n" + killed + text,
                    ErrorCodes.TIMED_OUT);
        }
        return OperationResult.failure(code, "canceled: " + stopped.reason() + "\n" + killed + text, "CANCELED");
    }

    private static String signalName(int exit) {
        return switch (exit) {
            case 143 -> "; the shell ended by SIGTERM (exit 143)";
            case 137 -> "; the shell ignored it and was ended by SIGKILL (exit 137)";
            default -> "; the shell exited with " + exit;
        };
    }
}
