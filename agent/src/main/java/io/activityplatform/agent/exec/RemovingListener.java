package io.activityplatform.agent.exec;

import io.activityplatform.agent.protocol.OperationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.logging.Logger;

/**
 * Forwards an operation's reports and removes its work directory just before the final one, so a finished
 * operation leaves nothing on disk. A directory that cannot be removed (a file the script made read-only for
 * its own user, another user's file) is logged, never turned into a failed result: the work itself is done.
 */
record RemovingListener(Path dir, ExecutionListener next) implements ExecutionListener {

    private static final Logger LOG = Logger.getLogger(RemovingListener.class.getName());

    @Override
    public void output(String chunk) {
        next.output(chunk);
    }

    @Override
    public void percent(int percent) {
        next.percent(percent);
    }

    @Override
    public void finished(OperationResult result) {
        remove(dir);
        next.finished(result);
    }

    static void remove(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(RemovingListener::delete);
        } catch (IOException | UncheckedIOException e) {
            LOG.warning("could not remove the work directory " + dir + ": " + e.getMessage());
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
