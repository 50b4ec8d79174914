package io.activityplatform.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Recursive delete. A named class (not a lambda) so an instance created up front can run in a shutdown hook
 * even after the class loader that defined it was closed.
 */
public final class DeleteTree extends SimpleFileVisitor<Path> implements Runnable {

    private final Path root;

    DeleteTree(Path root) {
        this.root = root;
    }

    public static void delete(Path root) {
        new DeleteTree(root).run();
    }

    @Override
    public void run() {
        try {
            if (Files.exists(root)) {
                Files.walkFileTree(root, this);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + root, e);
        }
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException error) throws IOException {
        if (error != null) {
            throw error;
        }
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
    }
}
