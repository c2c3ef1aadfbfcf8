package org.veil.engine.utility;

import java.math.BigDecimal;
import java.util.Comparator;
import org.veil.engine.data.ColumnType;
import org.veil.engine.data.DataType;
import org.veil.engine.data.Dictionary;

/** Small helpers on values shared by the package: what counts as missing, and how values are ordered. */
final class Values {

    /** The text of a suppressed quasi-identifier value in the output. */
    static final String SUPPRESSED = "*";

    private Values() {
    }

    /** Whether a value is missing: {@code null} or empty. */
    static boolean isMissing(String value) {
        return value == null || value.isEmpty();
    }

    static boolean isNumeric(ColumnType type) {
        return type.dataType() == DataType.INTEGER || type.dataType() == DataType.DECIMAL;
    }

    /** The value as a number under a numeric type, or {@code null} if it is missing or invalid. */
    static Double number(ColumnType type, String value) {
        if (isMissing(value) || !isNumeric(type)) {
            return null;
        }
        Comparable<?> parsed = type.parse(value);
        if (parsed instanceof Long l) {
            return l.doubleValue();
        }
        if (parsed instanceof BigDecimal d) {
            return d.doubleValue();
        }
        return null;
    }

    /**
     * For each code of a dictionary, the code that stands for its value in counts: the codes of
     * {@code null} and the empty text both map to the first of them, every other code to itself.
     */
    static int[] canonicalCodes(Dictionary dictionary) {
        int[] canonical = new int[dictionary.size()];
        int missing = -1;
        for (int code = 0; code < canonical.length; code++) {
            if (isMissing(dictionary.value(code))) {
                if (missing < 0) {
                    missing = code;
                }
                canonical[code] = missing;
            } else {
                canonical[code] = code;
            }
        }
        return canonical;
    }

    /**
     * The order used to break ties between equally frequent values: numbers by value for numeric
     * types (values invalid under the type after the valid ones), text otherwise; missing last.
     */
    static Comparator<String> order(ColumnType type) {
        Comparator<String> text = Comparator.naturalOrder();
        Comparator<String> present;
        if (isNumeric(type)) {
            present = (a, b) -> {
                Double x = number(type, a);
                Double y = number(type, b);
                if (x != null && y != null) {
                    int byNumber = Double.compare(x, y);
                    return byNumber != 0 ? byNumber : a.compareTo(b);
                }
                if (x != null || y != null) {
                    return x != null ? -1 : 1;
                }
                return a.compareTo(b);
            };
        } else {
            present = text;
        }
        return (a, b) -> {
            boolean ma = isMissing(a);
            boolean mb = isMissing(b);
            if (ma || mb) {
                return ma == mb ? 0 : ma ? 1 : -1;
            }
            return present.compare(a, b);
        };
    }
}
