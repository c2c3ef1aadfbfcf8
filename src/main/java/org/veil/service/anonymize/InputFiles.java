package org.veil.service.anonymize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.veil.io.DatasetReadException;
import org.veil.io.ImportProblem;
import org.veil.io.InputSource;

/**
 * Files named by the user as input, checked before reading so a missing file gets a plain message
 * ("no such file") rather than an exception's text. The source is named by the path as given, so
 * every later message (line, column) says which file it means.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * @throws DatasetReadException if the file does not exist, is a folder or cannot be read
     */
    public static InputSource existing(Path file) throws DatasetReadException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new DatasetReadException(ImportProblem.IO_ERROR, name, "is a folder, not a file");
        }
        if (!Files.exists(file)) {
            throw new DatasetReadException(ImportProblem.IO_ERROR, name, "no such file");
        }
        if (!Files.isReadable(file)) {
            throw new DatasetReadException(ImportProblem.IO_ERROR, name, "cannot be read (permission denied)");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = -1;
        }
        return new InputSource(name, file, size, () -> Files.newInputStream(file));
    }
}
