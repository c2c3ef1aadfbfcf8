package org.veil.engine.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable table of named, dictionary-encoded columns of equal length. Row data lives in one
 * int array per column, so a million rows of twenty columns take about 80 MB plus dictionaries.
 */
public final class Dataset {

    private final List<Column> columns;
    private final Map<String, Integer> indexByName;
    private final int rowCount;

    public Dataset(List<Column> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a dataset needs at least one column");
        }
        this.columns = List.copyOf(columns);
        this.rowCount = columns.get(0).rowCount();
        this.indexByName = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            if (column.rowCount() != rowCount) {
                throw new IllegalArgumentException("column " + column.name() + " has " + column.rowCount()
                        + " rows, expected " + rowCount);
            }
            if (indexByName.put(column.name(), i) != null) {
                throw new IllegalArgumentException("duplicate column name: " + column.name());
            }
        }
    }

    public int rowCount() {
        return rowCount;
    }

    public int columnCount() {
        return columns.size();
    }

    public List<Column> columns() {
        return columns;
    }

    public Column column(int index) {
        return columns.get(index);
    }

    /** The column with this name; throws if there is none. */
    public Column column(String name) {
        return columns.get(indexOf(name));
    }

    /** The index of the named column; throws if there is none. */
    public int indexOf(String name) {
        Integer index = indexByName.get(name);
        if (index == null) {
            throw new IllegalArgumentException("no column named '" + name + "'; columns are " + columnNames());
        }
        return index;
    }

    public boolean hasColumn(String name) {
        return indexByName.containsKey(name);
    }

    public List<String> columnNames() {
        List<String> names = new ArrayList<>(columns.size());
        for (Column column : columns) {
            names.add(column.name());
        }
        return names;
    }

    /** The value at a row and column; {@code null} if missing. */
    public String value(int row, int column) {
        return columns.get(column).value(row);
    }

    /** The same data with one column's type replaced; the row data is shared, not copied. */
    public Dataset withColumnType(int column, ColumnType type) {
        List<Column> copy = new ArrayList<>(columns);
        copy.set(column, columns.get(column).withType(type));
        return new Dataset(copy);
    }

    /** Rough bytes held by the row codes and the dictionaries. */
    public long estimatedBytes() {
        long bytes = 0;
        for (Column column : columns) {
            bytes += column.estimatedBytes();
        }
        return bytes;
    }

    /** Bytes of the bare int codes alone: rows × columns × 4. */
    public long codeBytes() {
        return 4L * rowCount * columns.size();
    }
}
