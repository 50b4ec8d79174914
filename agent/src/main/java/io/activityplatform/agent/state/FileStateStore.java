package io.activityplatform.agent.state;

import io.activityplatform.events.codec.EventCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * {@code <dir>/state.json}, written atomically (temporary file, then rename) so a crash mid-write leaves the
 * previous state, and readable by its owner only because it holds the secret computer id.
 */
public class FileStateStore implements StateStore {

    public static final String FILE_NAME = "state.json";

    private final Path dir;
    private final Path file;

    public FileStateStore(Path dir) {
        this.dir = dir;
        this.file = dir.resolve(FILE_NAME);
    }

    @Override
    public Optional<StateSnapshot> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(EventCodec.mapper().readValue(file.toFile(), StateSnapshot.class));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable agent state " + file, e);
        }
    }

    @Override
    public synchronized void save(StateSnapshot state) {
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(FILE_NAME + ".tmp");
            createOwnerOnly(tmp);
            Files.write(tmp, EventCodec.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(state));
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write agent state " + file, e);
        }
    }

    public Path file() {
        return file;
    }

    /**
     * The state holds the computer's secure id: the file is created readable by its owner only, before a byte
     * is written (restricting it afterwards would leave a moment in which others could read it). A file left
     * by a crash may have other permissions, so it is replaced.
     */
    private static void createOwnerOnly(Path path) throws IOException {
        Files.deleteIfExists(path);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
    }
}
