package org.veil.engine.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link Dataset} row by row, encoding each cell into its column's dictionary on the fly,
 * so the text of a file is never held in memory as a whole. Each column's type is inferred from its
 * distinct values when the dataset is built.
 */
public final class DatasetBuilder {

    private final List<String> names;
    private final ColumnEncoder[] encoders;
    private int rows;

    /**
     * @param columnNames  the column names, in order
     * @param expectedRows a guess of the row count used to size the arrays; 0 if unknown
     */
    public DatasetBuilder(List<String> columnNames, int expectedRows) {
        this(columnNames, expectedRows, Set.of());
    }

    /**
     * @param columnNames   the column names, in order
     * @param expectedRows  a guess of the row count used to size the arrays; 0 if unknown
     * @param missingTokens cell texts stored as missing values, e.g. {@code NA}
     */
    public DatasetBuilder(List<String> columnNames, int expectedRows, Set<String> missingTokens) {
        this.names = List.copyOf(columnNames);
        this.encoders = new ColumnEncoder[names.size()];
        int capacity = Math.max(16, expectedRows);
        Set<String> tokens = Set.copyOf(missingTokens);
        for (int i = 0; i < encoders.length; i++) {
            encoders[i] = new ColumnEncoder(capacity, tokens);
        }
    }

    public int columnCount() {
        return encoders.length;
    }

    public int rowCount() {
        return rows;
    }

    /**
     * Appends one row; {@code null} cells are missing values.
     *
     * @throws IllegalArgumentException if the row does not have one cell per column
     */
    public void addRow(String... cells) {
        if (cells.length != encoders.length) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, expected " + encoders.length);
        }
        for (int i = 0; i < cells.length; i++) {
            encoders[i].add(cells[i]);
        }
        rows++;
    }

    /** Appends one cell of the current row; call {@link #endRow()} after the last column. */
    public void addCell(int column, String value) {
        encoders[column].add(value);
    }

    /** Completes a row built with {@link #addCell}. */
    public void endRow() {
        rows++;
        for (int i = 0; i < encoders.length; i++) {
            if (encoders[i].size != rows) {
                throw new IllegalStateException("column " + names.get(i) + " has " + encoders[i].size
                        + " cells in row " + rows);
            }
        }
    }

    /** Builds the dataset, inferring every column's type. The builder must not be used afterwards. */
    public Dataset build() {
        List<Column> columns = new ArrayList<>(encoders.length);
        for (int i = 0; i < encoders.length; i++) {
            Dictionary dictionary = encoders[i].dictionary();
            columns.add(new Column(names.get(i), TypeInference.infer(dictionary), dictionary, encoders[i].codes()));
            encoders[i] = null;
        }
        return new Dataset(columns);
    }

    /**
     * Dictionary encoding of one column while it is being read. A missing token is looked up like
     * any value: the first time it is seen it enters the index pointing at the missing code, so
     * recognising tokens costs nothing per cell.
     */
    private static final class ColumnEncoder {
        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> values = new ArrayList<>();
        private final Set<String> missingTokens;
        private int missingCode = -1;
        private int[] codes;
        private int size;

        ColumnEncoder(int capacity, Set<String> missingTokens) {
            this.codes = new int[capacity];
            this.missingTokens = missingTokens;
        }

        void add(String value) {
            int code;
            if (value == null) {
                code = missingCode();
            } else {
                Integer known = index.get(value);
                if (known != null) {
                    code = known;
                } else if (missingTokens.contains(value)) {
                    code = missingCode();
                    index.put(value, code);
                } else {
                    code = values.size();
                    index.put(value, code);
                    values.add(value);
                }
            }
            if (size == codes.length) {
                codes = Arrays.copyOf(codes, codes.length + (codes.length >> 1) + 16);
            }
            codes[size++] = code;
        }

        private int missingCode() {
            if (missingCode < 0) {
                missingCode = values.size();
                values.add(null);
            }
            return missingCode;
        }

        int[] codes() {
            return size == codes.length ? codes : Arrays.copyOf(codes, size);
        }

        Dictionary dictionary() {
            index.keySet().removeAll(missingTokens);
            // Keep the index only for small dictionaries; large ones rebuild it lazily if ever needed.
            return new Dictionary(values.toArray(new String[0]), values.size() <= 4096 ? index : null);
        }
    }
}
