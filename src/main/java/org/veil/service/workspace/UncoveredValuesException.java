package org.veil.service.workspace;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A hierarchy that does not cover every value of the column it was meant for. The message lists
 * the values one per line (the first {@value #LISTED}) and says how to fix the file.
 */
public final class UncoveredValuesException extends Exception {

    static final int LISTED = 10;

    private final String column;
    private final List<String> values;

    public UncoveredValuesException(String file, String column, List<String> values) {
        super(describe(file, column, values));
        this.column = column;
        this.values = List.copyOf(values);
    }

    private static String describe(String file, String column, List<String> values) {
        String listed = values.stream().limit(LISTED).map(v -> "  '" + v + "'").collect(Collectors.joining("\n"));
        String more = values.size() > LISTED ? String.format("\n  … and %,d more", values.size() - LISTED) : "";
        return String.format("%s does not cover %,d value%s of column '%s':\n%s%s\nAdd a row for each"
                + " (value;level 1;…;*) and import the file again.", file, values.size(), values.size() == 1 ? "" : "s",
                column, listed, more);
    }

    public String column() {
        return column;
    }

    /** The values of the column the hierarchy lacks; a missing value is {@code (missing)}. */
    public List<String> values() {
        return values;
    }
}
