package io.activityplatform.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code jcmd} against the Java processes under some roots. A service's process is its {@code sh} watchdog and
 * the JVM is the watchdog's child, so the roots' descendants are searched and only Java processes are kept (the
 * wrappers ignore jcmd's attach signal). Best effort: a process that is gone or does not answer is skipped.
 */
final class Jcmd {

    private static final Path JCMD = Path.of(System.getProperty("java.home"), "bin", "jcmd");

    private Jcmd() {
    }

    /** The Java processes among the roots and their descendants. */
    static List<Long> javaProcesses(List<Long> roots) {
        return roots.stream()
                .flatMap(root -> ProcessHandle.of(root).stream())
                .flatMap(root -> Stream.concat(Stream.of(root), root.descendants()))
                .filter(Jcmd::isJava)
                .map(ProcessHandle::pid)
                .toList();
    }

    private static boolean isJava(ProcessHandle process) {
        return process.info().command().map(c -> c.endsWith("/java")).orElse(false);
    }

    /** Runs {@code jcmd <pid> <command...>} with its output in {@code output}; true if it succeeded. */
    static boolean run(long pid, Path output, String... command) {
        List<String> line = new ArrayList<>(List.of(JCMD.toString(), Long.toString(pid)));
        line.addAll(List.of(command));
        try {
            Process p = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
