package org.veil.engine.utility;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.veil.engine.data.Column;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.Dictionary;

/**
 * How often each pair of values of two columns occurs together. Rows are the {@code topN} most
 * frequent values of the row column, columns those of the column column, each in {@link Distribution}
 * order ({@code null} standing for missing); when a column has more values, a last "others" row or
 * column gathers the rest. Every record counts in exactly one cell, so the cells add up to
 * {@code total}.
 *
 * @param rowValues       the row labels, without the others row
 * @param columnValues    the column labels, without the others column
 * @param rowOthers       whether the last row of {@code counts} is the others row
 * @param columnOthers    whether the last column of {@code counts} is the others column
 * @param counts          {@code counts[i][j]}: records with row label i and column label j; read-only
 * @param total           the number of records
 */
public record ContingencyTable(String rowColumn, String columnColumn, List<String> rowValues,
        List<String> columnValues, boolean rowOthers, boolean columnOthers, long[][] counts, long total) {

    public ContingencyTable {
        rowValues = Collections.unmodifiableList(new ArrayList<>(rowValues));
        columnValues = Collections.unmodifiableList(new ArrayList<>(columnValues));
    }

    /**
     * The contingency table of two columns of a dataset.
     *
     * @param topN how many values of each column to list before its others bucket
     * @throws IllegalArgumentException if a column is missing or {@code topN} is negative
     */
    public static ContingencyTable of(Dataset data, String rowColumn, String columnColumn, int topN) {
        if (topN < 0) {
            throw new IllegalArgumentException("top N must not be negative, was " + topN);
        }
        Column rows = data.column(rowColumn);
        Column columns = data.column(columnColumn);
        List<String> rowLabels = new ArrayList<>();
        List<int[]> rankedRows = Distribution.ranked(rows);
        int[] rowBucket = buckets(rows, rankedRows, topN, rowLabels);
        List<String> columnLabels = new ArrayList<>();
        List<int[]> rankedColumns = Distribution.ranked(columns);
        int[] columnBucket = buckets(columns, rankedColumns, topN, columnLabels);
        boolean rowOthers = rankedRows.size() > topN;
        boolean columnOthers = rankedColumns.size() > topN;
        long[][] counts = new long[rowLabels.size() + (rowOthers ? 1 : 0)][columnLabels.size() + (columnOthers ? 1 : 0)];
        int[] rowCodes = rows.codes();
        int[] columnCodes = columns.codes();
        for (int r = 0; r < rowCodes.length; r++) {
            counts[rowBucket[rowCodes[r]]][columnBucket[columnCodes[r]]]++;
        }
        return new ContingencyTable(rowColumn, columnColumn, rowLabels, columnLabels, rowOthers, columnOthers,
                counts, data.rowCount());
    }

    /** The count of a cell; indices as in {@link #counts()}. */
    public long count(int row, int column) {
        return counts[row][column];
    }

    /**
     * For each code of the column, its row (or column) in the table: its rank among the top N, or N
     * for the others bucket. Fills {@code labels} with the top N values.
     */
    private static int[] buckets(Column column, List<int[]> ranked, int topN, List<String> labels) {
        Dictionary dictionary = column.dictionary();
        int shown = Math.min(topN, ranked.size());
        int[] byCanonical = new int[dictionary.size()];
        Arrays.fill(byCanonical, shown);
        for (int i = 0; i < shown; i++) {
            int code = ranked.get(i)[0];
            byCanonical[code] = i;
            String value = dictionary.value(code);
            labels.add(Values.isMissing(value) ? null : value);
        }
        int[] canonical = Values.canonicalCodes(dictionary);
        int[] bucket = new int[dictionary.size()];
        for (int code = 0; code < bucket.length; code++) {
            bucket[code] = byCanonical[canonical[code]];
        }
        return bucket;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContingencyTable other && rowColumn.equals(other.rowColumn)
                && columnColumn.equals(other.columnColumn) && rowValues.equals(other.rowValues)
                && columnValues.equals(other.columnValues) && rowOthers == other.rowOthers
                && columnOthers == other.columnOthers && Arrays.deepEquals(counts, other.counts)
                && total == other.total;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rowColumn.hashCode() + columnColumn.hashCode()) + Arrays.deepHashCode(counts);
    }

    @Override
    public String toString() {
        return "ContingencyTable[" + rowColumn + " × " + columnColumn + ", rows " + rowValues
                + (rowOthers ? " + others" : "") + ", columns " + columnValues + (columnOthers ? " + others" : "")
                + ", counts " + Arrays.deepToString(counts) + "]";
    }
}
