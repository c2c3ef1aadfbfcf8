package org.veil.engine.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Lists the values of a column that do not parse under a given type. */
public final class TypeCheck {

    private TypeCheck() {
    }

    /** The invalid values of the column under {@code type}, most frequent first; empty if all are valid. */
    public static List<InvalidValue> invalidValues(Column column, ColumnType type) {
        Dictionary dictionary = column.dictionary();
        List<Integer> invalidCodes = new ArrayList<>();
        for (int code = 0; code < dictionary.size(); code++) {
            String value = dictionary.value(code);
            if (value != null && !type.accepts(value)) {
                invalidCodes.add(code);
            }
        }
        if (invalidCodes.isEmpty()) {
            return List.of();
        }
        int[] counts = column.frequencies();
        List<InvalidValue> result = new ArrayList<>(invalidCodes.size());
        for (int code : invalidCodes) {
            result.add(new InvalidValue(dictionary.value(code), counts[code]));
        }
        result.sort(Comparator.comparingInt(InvalidValue::rows).reversed().thenComparing(InvalidValue::value));
        return result;
    }
}
