package org.veil.engine.search;

import java.util.ArrayList;
import java.util.List;
import org.veil.engine.classes.ClassTable;
import org.veil.engine.classes.EncodedHierarchy;
import org.veil.engine.data.Column;
import org.veil.engine.data.ColumnType;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.Dictionary;

/**
 * Builds the released dataset of a transformation: each quasi-identifier column becomes the labels
 * of its level, with {@code *} for suppressed records; identifiers are dropped; every other column
 * is kept as it is (shared, not copied).
 */
final class OutputBuilder {

    /** The text of a suppressed quasi-identifier value. */
    static final String SUPPRESSED = "*";

    private OutputBuilder() {
    }

    static Dataset build(Dataset data, AnonymizationConfig config, List<EncodedHierarchy> hierarchies,
            int[] recordClass, ClassTable table, boolean[] suppressed) {
        List<Column> columns = new ArrayList<>();
        for (Column column : data.columns()) {
            if (config.identifiers().contains(column.name())) {
                continue;
            }
            int dimension = dimensionOf(config, column.name());
            columns.add(dimension < 0 ? column
                    : generalized(column, hierarchies.get(dimension), dimension, recordClass, table, suppressed));
        }
        return new Dataset(columns);
    }

    private static int dimensionOf(AnonymizationConfig config, String column) {
        for (int d = 0; d < config.quasiIdentifiers().size(); d++) {
            if (config.quasiIdentifiers().get(d).column().equals(column)) {
                return d;
            }
        }
        return -1;
    }

    private static Column generalized(Column column, EncodedHierarchy hierarchy, int dimension, int[] recordClass,
            ClassTable table, boolean[] suppressed) {
        int level = table.level(dimension);
        String[] labels = new String[hierarchy.levelSize(level) + 1];
        int star = -1;
        for (int code = 0; code < hierarchy.levelSize(level); code++) {
            labels[code] = hierarchy.label(level, code);
            if (SUPPRESSED.equals(labels[code])) {
                star = code;
            }
        }
        if (star < 0) {
            star = labels.length - 1;
            labels[star] = SUPPRESSED;
        } else {
            labels = java.util.Arrays.copyOf(labels, labels.length - 1);
        }
        int[] codes = new int[recordClass.length];
        for (int r = 0; r < codes.length; r++) {
            int c = recordClass[r];
            codes[r] = suppressed[c] ? star : table.code(c, dimension);
        }
        ColumnType type = level == 0 ? column.type() : ColumnType.STRING;
        return new Column(column.name(), type, Dictionary.of(labels), codes);
    }
}
