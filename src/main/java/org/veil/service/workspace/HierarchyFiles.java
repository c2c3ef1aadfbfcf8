package org.veil.service.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.io.AtomicFileWriter;
import org.veil.io.DatasetReadException;
import org.veil.io.hierarchy.HierarchyCsvWriter;
import org.veil.service.anonymize.HierarchyLoader;

/**
 * The hierarchy files of a workspace's columns: importing one for a column (refused unless it covers
 * every value of the column) and exporting one in the common CSV layout ({@code value;level1;…;*}).
 */
public final class HierarchyFiles {

    /** The delimiter exported files use, as the sample hierarchies do. */
    public static final char DELIMITER = ';';

    private HierarchyFiles() {
    }

    /**
     * Reads a hierarchy file for a column of the data.
     *
     * @return the hierarchy, named after the file
     * @throws DatasetReadException     if the file is missing or not readable delimited text; the message
     *                                  names the file and the line
     * @throws HierarchyException       if the rows do not form a tree; the message lists every problem
     * @throws UncoveredValuesException if the hierarchy lacks values of the column; lists them
     */
    public static AssignedHierarchy read(Path file, Dataset data, String column)
            throws DatasetReadException, HierarchyException, UncoveredValuesException {
        Hierarchy hierarchy = HierarchyLoader.read(file);
        List<String> uncovered = hierarchy.uncoveredValues(data.column(column).dictionary());
        if (!uncovered.isEmpty()) {
            throw new UncoveredValuesException(file.getFileName().toString(), column, uncovered);
        }
        return new AssignedHierarchy(hierarchy, file.getFileName().toString());
    }

    /**
     * Writes a hierarchy in the common CSV layout, UTF-8, atomically: the target is either left as it
     * was or replaced whole.
     *
     * @param inputFile the file the data came from, or {@code null}: never written over
     * @throws IOException if the file cannot be written, or is the input file
     */
    public static void write(Hierarchy hierarchy, Path target, Path inputFile) throws IOException {
        AtomicFileWriter.refuseToOverwrite(target, inputFile);
        HierarchyCsvWriter.write(hierarchy, target, DELIMITER);
    }

    /** The file name to suggest when exporting a column's hierarchy: its own if it came from a CSV file. */
    public static String suggestedName(String column, AssignedHierarchy assigned) {
        String source = assigned == null ? "" : assigned.source();
        return source.toLowerCase(Locale.ROOT).endsWith(".csv") ? source : "hierarchy_" + column + ".csv";
    }
}
