package io.activityplatform.agent.exec;

import io.activityplatform.agent.protocol.OperationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Really runs {@code ExecuteScriptRequest}: the code is written to a file in a work directory of its own
 * (attachments beside it, named by {@code ATTACHMENTS_DIR}) and run with the interpreter. Output (stdout and
 * stderr merged) is streamed as progress and capped; the script runs in a process group of its own, which the
 * time limit and a cancel terminate as a whole (SIGTERM, SIGKILL after the grace period).
 * Another user is only possible when the agent runs as root ({@code runuser}); otherwise it is refused.
 * The work directory is removed once the operation has finished, before the result is reported: an agent
 * runs for years, and a directory per operation would fill its disk (the stock client deletes its script
 * file the same way).
 */
public class ScriptExecutor implements OperationExecutor {

    public static final String USER_NOT_PERMITTED = "USER_NOT_PERMITTED";
    public static final String INVALID_PARAMETERS = "INVALID_PARAMETERS";
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(5);

    private final Path workRoot;
    private final ScheduledExecutorService timer;
    private final String currentUser;
    private final Duration grace;

    public ScriptExecutor(Path workRoot, ScheduledExecutorService timer) {
        this(workRoot, timer, System.getProperty("user.name"), DEFAULT_GRACE);
    }

    /** @param grace how long a stopped script's process group has between SIGTERM and SIGKILL */
    public ScriptExecutor(Path workRoot, ScheduledExecutorService timer, Duration grace) {
        this(workRoot, timer, System.getProperty("user.name"), grace);
    }

    ScriptExecutor(Path workRoot, ScheduledExecutorService timer, String currentUser, Duration grace) {
        this.workRoot = workRoot;
        this.timer = timer;
        this.currentUser = currentUser;
        this.grace = grace;
    }

    @Override
    public Execution start(Operation op, ExecutionListener listener) {
        String interpreter = op.string("interpreter");
        String code = op.string("code");
        if (interpreter == null || interpreter.isBlank() || code == null) {
            return refuse(listener, "parameters 'interpreter' and 'code' are required", INVALID_PARAMETERS);
        }
        String user = op.string("username");
        boolean otherUser = user != null && !user.isBlank() && !user.equals(currentUser);
        if (otherUser && !"root".equals(currentUser)) {
            return refuse(listener, "cannot run as user '" + user + "': the agent runs as '" + currentUser
                    + "', and only an agent running as root may switch users", USER_NOT_PERMITTED);
        }
        Path dir = workRoot.resolve(op.id().toString());
        ExecutionListener cleaning = new RemovingListener(dir, listener);
        try {
            prepare(dir, op, code);
            List<String> command = new ArrayList<>(List.of(ProcessGroup.SETSID));
            if (otherUser) {
                command.addAll(List.of("runuser", "-u", user, "--"));
            }
            command.add(interpreter);
            command.add(dir.resolve("script").toString());
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
            builder.environment().put("ATTACHMENTS_DIR", dir.resolve("attachments").toString());
            ScriptRun run = new ScriptRun(builder.start(), cleaning, timer, grace);
            Integer limit = limitSeconds(op);
            if (limit != null) {
                timer.schedule(() -> run.stop(ScriptRun.Stop.TIMED_OUT, "time limit of " + limit + " s reached"),
                        limit, TimeUnit.SECONDS);
            }
            run.start("script-" + op.id());
            return reason -> run.stop(ScriptRun.Stop.CANCELED, reason);
        } catch (IOException e) {
            return refuse(cleaning, "cannot start '" + interpreter + "': " + e.getMessage(), "EXECUTION_FAILED");
        }
    }

    /** The script's own limit, else the activity's timeout. */
    private static Integer limitSeconds(Operation op) {
        Integer own = op.integer("timeLimitSeconds");
        return own != null ? own : op.timeoutSeconds();
    }

    private static void prepare(Path dir, Operation op, String code) throws IOException {
        Path attachments = Files.createDirectories(dir.resolve("attachments"));
        Files.writeString(dir.resolve("script"), code, StandardCharsets.UTF_8);
        if (op.parameters().get("attachments") instanceof Map<?, ?> files) {
            for (Map.Entry<?, ?> file : files.entrySet()) {
                Path target = attachments.resolve(file.getKey().toString()).normalize();
                if (target.getParent().equals(attachments)) {
                    Files.writeString(target, String.valueOf(file.getValue()), StandardCharsets.UTF_8);
                }
            }
        }
    }

    private static Execution refuse(ExecutionListener listener, String why, String errorCode) {
        listener.finished(OperationResult.failure(null, why, errorCode));
        return Execution.DONE;
    }
}
