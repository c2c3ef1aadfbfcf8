package org.veil.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks and makes column names, the same way for every file format. */
public final class HeaderNames {

    private HeaderNames() {
    }

    /**
     * The header cells as column names, trimmed.
     *
     * @param line the 1-based line (or sheet row) of the header, for the error message
     * @throws DatasetReadException on a blank or duplicate name, naming the column(s)
     */
    public static List<String> validate(List<String> cells, String source, long line) throws DatasetReadException {
        List<String> names = new ArrayList<>(cells.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i) == null ? "" : cells.get(i).strip();
            if (name.isEmpty()) {
                throw new DatasetReadException(ImportProblem.BLANK_HEADER, source, line, i + 1,
                        "column " + (i + 1) + " has no name in the header; give every column a name"
                                + " or read the file without a header row");
            }
            Integer earlier = seen.putIfAbsent(name, i);
            if (earlier != null) {
                throw new DatasetReadException(ImportProblem.DUPLICATE_HEADER, source, line, i + 1,
                        "columns " + (earlier + 1) + " and " + (i + 1) + " are both named '" + name
                                + "'; column names must be unique");
            }
            names.add(name);
        }
        return names;
    }

    /** {@code Column 1}, {@code Column 2}, … for files without a header. */
    public static List<String> generated(int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            names.add("Column " + i);
        }
        return names;
    }
}
