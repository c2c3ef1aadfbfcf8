package org.veil.cli;

import java.nio.file.Path;
import org.veil.io.DatasetReadException;
import org.veil.service.ImportService;
import org.veil.service.anonymize.InputFiles;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Reading the data file a command names, with a bad {@code --delimiter} reported as a bad argument. */
final class CommandInputs {

    private CommandInputs() {
    }

    static InputFiles.Input read(CommandSpec spec, Path data, Character delimiter, ImportService imports)
            throws DatasetReadException {
        try {
            return InputFiles.read(data, delimiter, imports);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--delimiter: " + e.getMessage());
        }
    }
}
