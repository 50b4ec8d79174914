package io.activityplatform.agent.exec;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A script's process group. The script is started through {@code setsid} (util-linux), so the shell becomes
 * the leader of a session and process group of its own whose id is its pid. Stopping signals the whole group
 * at once: the kernel queues the signal for every member before any of them runs again, so the shell cannot
 * start its next command after its child died (killing the children before the shell allowed exactly that).
 * SIGTERM first, SIGKILL to the group after the grace period for whatever trapped or ignored it.
 */
final class ProcessGroup {

    private static final Logger LOG = Logger.getLogger(ProcessGroup.class.getName());

    /** Prefix for a command so that it leads a new session and process group. */
    static final String SETSID = "setsid";

    private final long pgid;

    ProcessGroup(Process leader) {
        this.pgid = leader.pid();
    }

    long id() {
        return pgid;
    }

    /** SIGTERM to every member now, SIGKILL to every member after {@code grace}. */
    void terminate(Duration grace, ScheduledExecutorService timer) {
        signal("TERM");
        timer.schedule(() -> signal("KILL"), Math.max(0, grace.toMillis()), TimeUnit.MILLISECONDS);
    }

    void signal(String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, "--", "-" + pgid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            kill.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            LOG.warning("cannot signal process group " + pgid + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
