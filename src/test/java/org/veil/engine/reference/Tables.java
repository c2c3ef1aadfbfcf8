package org.veil.engine.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.DatasetBuilder;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;

/** Small datasets and hierarchies written inline, {@code ;}-separated, for tests. */
public final class Tables {

    private Tables() {
    }

    /** A dataset from a header and rows, e.g. {@code dataset("age;disease", "34;flu", "35;cold")}. */
    public static Dataset dataset(String header, String... rows) {
        DatasetBuilder builder = new DatasetBuilder(Arrays.asList(header.split(";", -1)), rows.length);
        for (String row : rows) {
            builder.addRow(row.split(";", -1));
        }
        return builder.build();
    }

    /** A dataset from a header and rows given as arrays. */
    public static Dataset dataset(List<String> header, List<String[]> rows) {
        DatasetBuilder builder = new DatasetBuilder(header, rows.size());
        for (String[] row : rows) {
            builder.addRow(row);
        }
        return builder.build();
    }

    /** A hierarchy from rows such as {@code "34;30-39;*"}. */
    public static Hierarchy hierarchy(String... rows) {
        List<String[]> split = new ArrayList<>();
        for (String row : rows) {
            split.add(row.split(";", -1));
        }
        return hierarchy(split);
    }

    public static Hierarchy hierarchy(List<String[]> rows) {
        try {
            return Hierarchy.of(rows);
        } catch (HierarchyException e) {
            throw new IllegalArgumentException(e.getMessage() + " " + e.problems(), e);
        }
    }

    /** Every value of a dataset, row by row; {@code null} for missing values. */
    public static String[][] rows(Dataset dataset) {
        String[][] rows = new String[dataset.rowCount()][dataset.columnCount()];
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                rows[r][c] = dataset.value(r, c);
            }
        }
        return rows;
    }
}
