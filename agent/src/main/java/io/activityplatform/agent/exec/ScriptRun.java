package io.activityplatform.agent.exec;

import io.activityplatform.agent.protocol.OperationResult;
import io.activityplatform.events.event.ErrorCodes;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One running script: a thread streams its output to the listener (up to {@link #MAX_OUTPUT_CHARS}, the rest
 * is read and dropped so the script never blocks on a full pipe) and reports the end. A stop (time limit or
 * cancel) kills the process and all its descendants.
 */
final class ScriptRun {

    /** Output kept per script; matches what the server keeps per activity. */
    static final int MAX_OUTPUT_CHARS = 64 * 1024;

    enum Stop { TIMED_OUT, CANCELED }

    private record StopRequest(Stop kind, String reason) {
    }

    private final Process process;
    private final ExecutionListener listener;
    private final StringBuilder output = new StringBuilder();
    private final AtomicReference<StopRequest> stop = new AtomicReference<>();
    private boolean truncated;

    ScriptRun(Process process, ExecutionListener listener) {
        this.process = process;
        this.listener = listener;
    }

    void start(String name) {
        Thread thread = new Thread(this::pump, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Kills the process tree; the first stop wins and names the outcome. */
    void stop(Stop kind, String reason) {
        if (process.isAlive() && stop.compareAndSet(null, new StopRequest(kind, reason))) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private void pump() {
        try {
            try (Reader reader = new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)) {
                char[] buffer = new char[4096];
                int n;
                while ((n = reader.read(buffer)) >= 0) {
                    keep(new String(buffer, 0, n));
                }
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
                listener.output(chunk + "\n[output truncated]\n");
                output.append(chunk);
            }
            return;
        }
        output.append(chunk);
        listener.output(chunk);
    }

    private OperationResult result(int exit) {
        StopRequest stopped = stop.get();
        String text = output + (truncated ? "\n[output truncated]" : "");
        if (stopped != null && stopped.kind() == Stop.TIMED_OUT) {
            return OperationResult.failure(exit, "timed out: " + stopped.reason() + "\n" + text, ErrorCodes.TIMED_OUT);
        }
        if (stopped != null) {
            return OperationResult.failure(exit, "canceled: " + stopped.reason() + "\n" + text, "CANCELED");
        }
        return exit == 0 ? OperationResult.success(0, text)
                : OperationResult.failure(exit, text, ErrorCodes.EXECUTION_FAILED);
    }
}
