package org.veil.ui.common;

import java.util.List;
import java.util.stream.Collectors;
import org.veil.engine.data.ColumnType;
import org.veil.engine.data.InvalidValue;

/** The warning shown when a column holds values that are not valid under its chosen type. */
public final class InvalidValuesWarning {

    private static final int SHOWN = 10;

    private InvalidValuesWarning() {
    }

    /** Shows the warning, listing the most frequent invalid values with their row counts. */
    public static void show(DialogService dialogs, String column, ColumnType type, List<InvalidValue> invalid) {
        int rows = invalid.stream().mapToInt(InvalidValue::rows).sum();
        String listed = invalid.stream().limit(SHOWN)
                .map(v -> String.format("'%s' (%,d %s)", v.value(), v.rows(), v.rows() == 1 ? "row" : "rows"))
                .collect(Collectors.joining("\n"));
        String more = invalid.size() > SHOWN
                ? String.format("%n… and %,d more distinct values", invalid.size() - SHOWN) : "";
        dialogs.showWarning("Values that are not " + type.label(),
                String.format("%,d %s of column '%s' hold values that are not valid as %s:%n%s%s", rows,
                        rows == 1 ? "row" : "rows", column, type.label(), listed, more));
    }
}
