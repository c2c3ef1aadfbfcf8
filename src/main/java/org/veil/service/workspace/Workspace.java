package org.veil.service.workspace;

import java.nio.file.Path;
import java.util.Objects;
import org.veil.engine.data.Dataset;

/**
 * The state a user works on: the dataset (with the column types chosen), where it came from, and
 * the anonymization configuration. Immutable; undo keeps earlier workspaces.
 *
 * @param sourceName the data's name for titles and messages, e.g. {@code patients.csv}
 * @param inputFile  the file it was read from, if it was a file: exports never overwrite it
 */
public record Workspace(Dataset dataset, String sourceName, Path inputFile, Configuration configuration) {

    public Workspace {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(configuration, "configuration");
    }

    /** A fresh workspace for newly imported data: every column insensitive. */
    public static Workspace of(Dataset dataset, String sourceName, Path inputFile) {
        return new Workspace(dataset, sourceName, inputFile, Configuration.initial(dataset));
    }

    public Workspace withDataset(Dataset newDataset) {
        return new Workspace(newDataset, sourceName, inputFile, configuration);
    }

    public Workspace withConfiguration(Configuration newConfiguration) {
        return new Workspace(dataset, sourceName, inputFile, newConfiguration);
    }
}
