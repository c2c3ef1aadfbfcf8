package org.veil.service.workspace;

import java.nio.file.Path;
import java.util.Objects;
import org.veil.engine.data.Dataset;
import org.veil.io.InputSource;
import org.veil.io.ReadOptions;

/**
 * The state a user works on: the dataset (with the column types chosen), where it came from and how
 * it was read, and the anonymization configuration. Immutable; undo keeps earlier workspaces.
 *
 * @param sourceName  the data's name for titles and messages, e.g. {@code patients.csv}
 * @param inputFile   the file it was read from, if it was a file: exports never overwrite it
 * @param readOptions how the data was read, so a saved project can read it again; null if unknown
 * @param embeddedData the data's original bytes when it was read from a project that embeds them (there
 *                     is no input file then), so that saving embeds them again unchanged; null otherwise
 */
public record Workspace(Dataset dataset, String sourceName, Path inputFile, Configuration configuration,
        ReadOptions readOptions, InputSource embeddedData) {

    public Workspace {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(configuration, "configuration");
    }

    public Workspace(Dataset dataset, String sourceName, Path inputFile, Configuration configuration,
            ReadOptions readOptions) {
        this(dataset, sourceName, inputFile, configuration, readOptions, null);
    }

    public Workspace(Dataset dataset, String sourceName, Path inputFile, Configuration configuration) {
        this(dataset, sourceName, inputFile, configuration, null);
    }

    /** A fresh workspace for newly imported data: every column insensitive. */
    public static Workspace of(Dataset dataset, String sourceName, Path inputFile) {
        return new Workspace(dataset, sourceName, inputFile, Configuration.initial(dataset));
    }

    /** A fresh workspace for data imported with these options. */
    public static Workspace of(Dataset dataset, String sourceName, Path inputFile, ReadOptions readOptions) {
        return new Workspace(dataset, sourceName, inputFile, Configuration.initial(dataset), readOptions);
    }

    public Workspace withDataset(Dataset newDataset) {
        return new Workspace(newDataset, sourceName, inputFile, configuration, readOptions, embeddedData);
    }

    public Workspace withConfiguration(Configuration newConfiguration) {
        return new Workspace(dataset, sourceName, inputFile, newConfiguration, readOptions, embeddedData);
    }
}
