package org.veil.ui.compare;

import java.util.List;
import java.util.Map;
import org.veil.engine.classes.ClassTable;
import org.veil.engine.data.Column;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.search.Transformed;

/**
 * Which records of an output are suppressed, read from the output itself: the engine writes
 * {@value #SUPPRESSED} into every quasi-identifier of a suppressed record, so a record with any
 * other value is released. A record showing {@code *} everywhere is suppressed unless a released
 * class is {@code *} in every quasi-identifier too (hierarchies whose top is {@code *}, all at the
 * top); then its input values decide which class it belongs to. O(quasi-identifiers) per row and
 * nothing stored per row, so it serves a million-row table cell by cell.
 */
final class SuppressedRows {

    /** What the engine releases in a suppressed record's quasi-identifiers. */
    static final String SUPPRESSED = "*";

    private final int[][] outputCodes;
    private final int[] star;
    private final boolean none;
    private final int[][] inputCodes;
    /** Per quasi-identifier and input code: whether it generalizes to {@code *}; null if never needed. */
    private final boolean[][] inputToStar;

    SuppressedRows(Dataset input, Transformed shown, Map<String, Hierarchy> hierarchies) {
        List<String> names = List.copyOf(shown.levels().keySet());
        int dims = names.size();
        outputCodes = new int[dims][];
        star = new int[dims];
        inputCodes = new int[dims][];
        for (int d = 0; d < dims; d++) {
            Column column = shown.output().column(names.get(d));
            outputCodes[d] = column.codes();
            star[d] = column.dictionary().codeOf(SUPPRESSED);
            inputCodes[d] = input.column(names.get(d)).codes();
        }
        none = shown.evaluation().suppressedRecords() == 0;
        inputToStar = none || !releasedClassIsAllStar(shown) ? null : inputToStar(input, shown, hierarchies, names);
    }

    private boolean releasedClassIsAllStar(Transformed shown) {
        ClassTable classes = shown.classes();
        for (int c = 0; c < classes.size(); c++) {
            if (shown.suppressed()[c]) {
                continue;
            }
            boolean allStar = true;
            for (int d = 0; d < star.length && allStar; d++) {
                allStar = classes.code(c, d) == star[d];
            }
            if (allStar) {
                return true;
            }
        }
        return false;
    }

    private static boolean[][] inputToStar(Dataset input, Transformed shown, Map<String, Hierarchy> hierarchies,
            List<String> names) {
        boolean[][] toStar = new boolean[names.size()][];
        for (int d = 0; d < names.size(); d++) {
            Column column = input.column(names.get(d));
            Hierarchy hierarchy = hierarchies.get(names.get(d));
            int level = shown.levels().get(names.get(d));
            toStar[d] = new boolean[column.dictionary().size()];
            for (int code = 0; code < toStar[d].length; code++) {
                String value = column.dictionary().value(code);
                toStar[d][code] = SUPPRESSED.equals(hierarchy.generalize(value == null ? "" : value, level));
            }
        }
        return toStar;
    }

    boolean isSuppressed(int row) {
        if (none) {
            return false;
        }
        for (int d = 0; d < star.length; d++) {
            if (outputCodes[d][row] != star[d]) {
                return false;
            }
        }
        if (inputToStar == null) {
            return true;
        }
        for (int d = 0; d < star.length; d++) {
            if (!inputToStar[d][inputCodes[d][row]]) {
                return true;
            }
        }
        return false;
    }
}
