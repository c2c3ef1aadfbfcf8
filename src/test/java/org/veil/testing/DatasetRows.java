package org.veil.testing;

import org.veil.engine.data.Dataset;

/** A dataset's values as plain arrays, for comparing whole tables in assertions. */
public final class DatasetRows {

    private DatasetRows() {
    }

    /** Every value of a dataset, row by row; {@code null} for missing values. */
    public static String[][] rows(Dataset dataset) {
        String[][] rows = new String[dataset.rowCount()][dataset.columnCount()];
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < dataset.columnCount(); c++) {
                rows[r][c] = dataset.value(r, c);
            }
        }
        return rows;
    }
}
