package org.veil.service.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.veil.engine.data.DatasetBuilder;

/** A workspace of six people for tests of hierarchies and roles, and hierarchy files to import. */
public final class PeopleWorkspace {

    /** Covers every zip of {@link #create()}: 10001, 10002 (1000*) and 10115 (1011*). */
    public static final String ZIP_HIERARCHY = "10001;1000*;100**;*\n10002;1000*;100**;*\n10115;1011*;101**;*\n";

    /** Lacks the zip 10115. */
    public static final String ZIP_HIERARCHY_WITHOUT_10115 = "10001;1000*;100**;*\n10002;1000*;100**;*\n";

    /** Line 2 has a level fewer than line 1. */
    public static final String RAGGED_HIERARCHY = "10001;1000*;*\n10002;*\n";

    private PeopleWorkspace() {
    }

    /** name, zip, age (one value 'unknown'), sex, diagnosis; every column insensitive. */
    public static Workspace create() {
        DatasetBuilder builder = new DatasetBuilder(List.of("name", "zip", "age", "sex", "diagnosis"), 6);
        builder.addRow("Ann", "10001", "34", "female", "flu");
        builder.addRow("Ben", "10001", "35", "male", "flu");
        builder.addRow("Cid", "10002", "unknown", "male", "asthma");
        builder.addRow("Dee", "10002", "41", "female", "flu");
        builder.addRow("Eve", "10002", "41", "female", "asthma");
        builder.addRow("Fay", "10115", "29", "female", "diabetes");
        return Workspace.of(builder.build(), "people.csv", null);
    }

    /** Writes a file into {@code folder} and returns its path. */
    public static Path file(Path folder, String name, String content) {
        try {
            return Files.writeString(folder.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
