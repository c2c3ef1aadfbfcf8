package org.veil.service.anonymize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.veil.engine.data.Dataset;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.DatasetReadException;
import org.veil.io.ImportProblem;
import org.veil.io.InputSource;
import org.veil.io.ReadOptions;
import org.veil.io.csv.CsvReadOptions;
import org.veil.service.ImportRequest;
import org.veil.service.ImportService;

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

    /** A data file as read for the command line, with the delimiter its output should use. */
    public record Input(Dataset dataset, char delimiter) {
    }

    /**
     * Reads a data file whose first line (or row) names the columns, detecting its format, encoding
     * and, unless given, its delimiter.
     *
     * @param delimiter the delimiter of a delimited text file, or {@code null} to detect it
     * @throws DatasetReadException     if the file cannot be read as data; the message names file and line
     * @throws IllegalArgumentException if the delimiter cannot be used
     */
    public static Input read(Path file, Character delimiter, ImportService imports) throws DatasetReadException {
        InputSource source = existing(file);
        ReadOptions options = imports.detect(source);
        char outputDelimiter = delimiter == null ? ',' : delimiter;
        if (options instanceof CsvReadOptions csv) {
            CsvReadOptions withHeader = csv.withHeader(true);
            options = delimiter == null ? withHeader : withHeader.withDelimiter(delimiter);
            outputDelimiter = ((CsvReadOptions) options).delimiter();
        }
        Dataset dataset = imports.importDataset(new ImportRequest(source, options), ProgressListener.NONE,
                CancellationToken.NONE).dataset();
        return new Input(dataset, outputDelimiter);
    }
}
