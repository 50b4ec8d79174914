package io.activityplatform.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * Evidence of a stuck run: the thread dump ({@code jcmd Thread.print}) of every Java process under the given
 * roots, written to {@code <dir>/threads-<pid>.txt} while the stack still runs. Best effort: a process that is
 * gone or does not answer is skipped, and the run's own failure is what gets reported.
 */
final class ThreadDumps {

    private ThreadDumps() {
    }

    /** @return the files written */
    static List<Path> write(Path dir, List<Long> roots) {
        return Jcmd.javaProcesses(roots).stream()
                .filter(pid -> Jcmd.run(pid, dir.resolve("threads-" + pid + ".txt"), "Thread.print"))
                .map(pid -> dir.resolve("threads-" + pid + ".txt"))
                .toList();
    }
}
