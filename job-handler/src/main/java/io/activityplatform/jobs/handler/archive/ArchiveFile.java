package io.activityplatform.jobs.handler.archive;

import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.service.projection.ActivityViewStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * A gzip JSON-lines archive being written: one folded activity state per line, in the event contract's JSON.
 * It is written under a temporary name and moved into place only when complete, so a file with the final
 * name is always whole; {@link #abort()} removes an unfinished one.
 */
final class ArchiveFile implements AutoCloseable {

    /** A complete archive: where it is, how many activities, its size and SHA-256 (of the gzip bytes). */
    record Written(Path path, long count, long bytes, String sha256) {
    }

    private final Path target;
    private final Path temporary;
    private final MessageDigest digest;
    private final BufferedWriter writer;
    private long count;
    private boolean closed;

    private ArchiveFile(Path target, Path temporary, MessageDigest digest, BufferedWriter writer) {
        this.target = target;
        this.temporary = temporary;
        this.digest = digest;
        this.writer = writer;
    }

    static ArchiveFile create(Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temporary = target.resolveSibling(target.getFileName() + ".partial");
        MessageDigest digest = sha256();
        OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), digest);
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out, 64 * 1024),
                StandardCharsets.UTF_8));
        return new ArchiveFile(target, temporary, digest, writer);
    }

    void append(ActivityState state) throws IOException {
        writer.write(ActivityViewStore.toJson(state));
        writer.write('\n');
        count++;
    }

    long count() {
        return count;
    }

    /** Finishes the file and moves it into place atomically. */
    Written commit() throws IOException {
        close();
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return new Written(target, count, Files.size(target), HexFormat.of().formatHex(digest.digest()));
    }

    void abort() throws IOException {
        close();
        Files.deleteIfExists(temporary);
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            writer.close();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
