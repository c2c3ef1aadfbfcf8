package org.veil.service.workspace;

/**
 * Where a saved project keeps its data: the user's choice at Save As, off (by reference) by default
 * so that raw data need not travel with the project.
 */
public enum DataStorage {

    /**
     * The project refers to the data's file by path, SHA-256 and size; data read from no file (the
     * bundled sample, data opened from a project that embeds it) is embedded all the same.
     */
    REFERENCE,

    /**
     * The project holds the data: the bytes of the file it was read from, unchanged, under
     * {@code data/NAME}, with the settings it was read with.
     */
    EMBED;

    /** How {@code workspace}'s data is stored when this is asked for: embedded if it has no file of its own. */
    public DataStorage appliedTo(Workspace workspace) {
        return workspace.inputFile() == null ? EMBED : this;
    }
}
