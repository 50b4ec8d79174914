package io.activityplatform.jobs.handler.sync;

import io.activityplatform.jobs.handler.JobContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs an external command for a handler: its output lines become the activity's output, a line
 * {@code PROGRESS <percent>} becomes a progress report. The process (and its children) is killed when the
 * execution is stopped or when the time limit, measured on the platform clock, passes.
 */
final class CommandRunner {

    /** How the command ended; {@code exitCode} is meaningless when {@code timedOut}. */
    record Result(int exitCode, boolean timedOut) {
    }

    private static final Pattern PROGRESS = Pattern.compile("^PROGRESS\\s+(\\d{1,3})\\s*$");
    private static final long POLL_MILLIS = 50;

    private CommandRunner() {
    }

    static Result run(List<String> command, Map<String, String> environment, Duration timeLimit, JobContext context)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        context.onStop(() -> kill(process));
        Thread reader = new Thread(() -> forward(process, context), "command-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
        Instant deadline = context.clock().instant().plus(timeLimit);
        boolean timedOut = false;
        try {
            while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (!context.clock().instant().isBefore(deadline)) {
                    timedOut = true;
                    kill(process);
                    process.waitFor();
                }
            }
        } catch (InterruptedException e) {
            kill(process);
            throw e;
        }
        reader.join(TimeUnit.SECONDS.toMillis(5));
        return new Result(process.exitValue(), timedOut);
    }

    private static void forward(Process process, JobContext context) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                Matcher progress = PROGRESS.matcher(line);
                if (progress.matches()) {
                    context.progress(Integer.parseInt(progress.group(1)));
                } else {
                    context.log(line);
                }
            }
        } catch (IOException e) {
            // The stream closes when the process is killed; anything else is worth a line of output.
            if (process.isAlive()) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
