package org.veil.service.anonymize;

import java.nio.file.Path;
import java.util.List;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.io.DatasetReadException;
import org.veil.io.hierarchy.HierarchyCsvReader;

/**
 * Loads generalization hierarchies from CSV files ({@code value;level1;…;*}, see
 * {@link HierarchyCsvReader}) and checks them against the column they generalize. Every message
 * starts with the file's path.
 */
public final class HierarchyLoader {

    private HierarchyLoader() {
    }

    /**
     * Reads a hierarchy file.
     *
     * @throws DatasetReadException if the file is missing or is not readable delimited text (names the line)
     * @throws HierarchyException   if its rows do not form a tree (lists every problem)
     */
    public static Hierarchy read(Path file) throws DatasetReadException, HierarchyException {
        return HierarchyCsvReader.read(InputFiles.existing(file));
    }

    /**
     * Reads a hierarchy file and checks that it covers every value of a column of the data.
     *
     * @throws DatasetReadException     if the file is missing or is not readable delimited text
     * @throws HierarchyException       if its rows do not form a tree, or it does not cover the column;
     *                                  then {@link HierarchyException#problems()} lists the values
     * @throws IllegalArgumentException if the data has no such column
     */
    public static Hierarchy load(Path file, Dataset data, String column) throws DatasetReadException,
            HierarchyException {
        Hierarchy hierarchy = read(file);
        List<String> uncovered = hierarchy.uncoveredValues(data.column(column).dictionary());
        if (!uncovered.isEmpty()) {
            throw new HierarchyException(String.format("%s: the hierarchy does not cover %d value%s of column '%s'",
                    file, uncovered.size(), uncovered.size() == 1 ? "" : "s", column),
                    uncovered.stream().map(v -> "'" + v + "'").toList());
        }
        return hierarchy;
    }
}
