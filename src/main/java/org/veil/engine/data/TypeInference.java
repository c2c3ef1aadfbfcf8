package org.veil.engine.data;

import java.util.List;

/**
 * Infers a column's type from its distinct values: the most specific type under which every
 * non-missing value is valid. Works on the dictionary, so it costs nothing per row.
 */
public final class TypeInference {

    /**
     * Date patterns tried in order. Month-first comes before day-first (US convention) for values
     * valid under both; the user can override the choice.
     */
    public static final List<String> DATE_PATTERNS = List.of(
            "yyyy-MM-dd",
            "yyyy-MM-dd HH:mm:ss",
            "yyyy-MM-dd'T'HH:mm:ss",
            "yyyy-MM-dd HH:mm",
            "yyyy/MM/dd",
            "M/d/yyyy",
            "d/M/yyyy",
            "d.M.yyyy",
            "dd-MM-yyyy",
            "M/d/yyyy H:mm",
            "d.M.yyyy H:mm");

    private TypeInference() {
    }

    public static ColumnType infer(Dictionary dictionary) {
        if (allAccepted(dictionary, ColumnType.INTEGER)) {
            return hasValues(dictionary) ? ColumnType.INTEGER : ColumnType.STRING;
        }
        if (allAccepted(dictionary, ColumnType.DECIMAL)) {
            return ColumnType.DECIMAL;
        }
        for (String pattern : DATE_PATTERNS) {
            ColumnType date = ColumnType.date(pattern);
            if (allAccepted(dictionary, date)) {
                return date;
            }
        }
        return ColumnType.STRING;
    }

    private static boolean hasValues(Dictionary dictionary) {
        return dictionary.size() > (dictionary.missingCode() >= 0 ? 1 : 0);
    }

    private static boolean allAccepted(Dictionary dictionary, ColumnType type) {
        for (int code = 0; code < dictionary.size(); code++) {
            String value = dictionary.value(code);
            if (value != null && !type.accepts(value)) {
                return false;
            }
        }
        return true;
    }
}
