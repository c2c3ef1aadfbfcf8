package org.veil.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that readers see either the old content or the complete new one, never a half
 * written file: the content goes to a temporary file in the same folder, which then replaces the
 * target in one move. If writing fails or is cancelled, the temporary file is deleted and the target
 * is left as it was.
 */
public final class AtomicFileWriter {

    /** Writes the content of a file to a stream; the stream is closed by the caller. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        // Not Files.createTempFile: it makes owner-only files, and the result should get the usual
        // permissions of new files (the user's umask), like any file an application saves.
        Path temp = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        boolean moved = false;
        try {
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Refuses to write over an input file.
     *
     * @throws IOException naming both paths if {@code target} is the same file as {@code input}
     */
    public static void refuseToOverwrite(Path target, Path input) throws IOException {
        if (input == null) {
            return;
        }
        boolean same = Files.exists(target) && Files.exists(input)
                ? Files.isSameFile(target, input)
                : target.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize());
        if (same) {
            throw new IOException("refusing to write over the input file " + input);
        }
    }
}
