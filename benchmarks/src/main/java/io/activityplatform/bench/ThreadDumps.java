package io.activityplatform.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        return roots.stream()
                .flatMap(root -> ProcessHandle.of(root).stream())
                .flatMap(root -> Stream.concat(Stream.of(root), root.descendants()))
                .filter(ThreadDumps::isJava)
                .map(p -> dump(jcmd, p.pid(), dir.resolve("threads-" + p.pid() + ".txt")))
                .filter(Objects::nonNull)
                .toList();
    }

    private static boolean isJava(ProcessHandle process) {
        return process.info().command().map(c -> c.endsWith("/java")).orElse(false);
    }

    private static Path dump(Path jcmd, long pid, Path file) {
        try {
            Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "Thread.print")
                    .redirectErrorStream(true).redirectOutput(file.toFile()).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? file : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
