package org.veil.engine.hierarchy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veil.engine.data.Column;
import org.veil.engine.data.Dictionary;

/**
 * A generalization hierarchy: for each original value, its generalization at every level 0..h
 * (level 0 is the value itself, the top is usually {@code *}). It is a tree: every value at level
 * i has exactly one parent at level i+1. Immutable; built and validated by {@link #of(List)}.
 *
 * <p>Values are identified per level, so the same text may appear on two levels (a category whose
 * code does not change one level up).
 */
public final class Hierarchy {

    private final String[][] rows;
    private final Map<String, Integer> rowByValue;

    private Hierarchy(String[][] rows) {
        this.rows = rows;
        this.rowByValue = new HashMap<>(rows.length * 2);
        for (int i = 0; i < rows.length; i++) {
            rowByValue.put(rows[i][0], i);
        }
    }

    /**
     * A hierarchy from its rows, {@code value, level1, …, top}.
     *
     * @throws HierarchyException listing every problem: no rows, rows of different lengths, a value
     *                            given twice, a value with two parents on the level above
     */
    public static Hierarchy of(List<String[]> rows) throws HierarchyException {
        if (rows.isEmpty()) {
            throw new HierarchyException("the hierarchy is empty", List.of());
        }
        List<String> problems = new ArrayList<>();
        int levels = rows.get(0).length;
        if (levels == 0) {
            throw new HierarchyException("the hierarchy is not a valid tree", List.of("row 1 has no cells"));
        }
        Map<String, Integer> firstRow = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            if (row.length != levels) {
                problems.add(String.format("row %d has %d levels, row 1 has %d", r + 1, row.length, levels));
            }
            if (row.length == 0) {
                continue;
            }
            Integer earlier = firstRow.putIfAbsent(row[0], r);
            if (earlier != null) {
                problems.add(String.format("value '%s' is given in rows %d and %d", row[0], earlier + 1, r + 1));
            }
        }
        problems.addAll(parentConflicts(rows, levels));
        if (!problems.isEmpty()) {
            throw new HierarchyException("the hierarchy is not a valid tree", problems);
        }
        String[][] copy = new String[rows.size()][];
        for (int r = 0; r < copy.length; r++) {
            copy[r] = rows.get(r).clone();
        }
        return new Hierarchy(copy);
    }

    /**
     * Every (level, value) whose rows disagree on its parent, so generalizing would not be a
     * function. Rows of the wrong length are left to their own message.
     */
    private static List<String> parentConflicts(List<String[]> rows, int levels) {
        List<String> problems = new ArrayList<>();
        for (int level = 1; level + 1 < levels; level++) {
            Map<String, Integer> parentRow = new LinkedHashMap<>();
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r).length != levels) {
                    continue;
                }
                String value = rows.get(r)[level];
                Integer first = parentRow.putIfAbsent(value, r);
                if (first != null && !rows.get(first)[level + 1].equals(rows.get(r)[level + 1])) {
                    problems.add(String.format("'%s' on level %d has two parents: '%s' (row %d) and '%s' (row %d)",
                            value, level, rows.get(first)[level + 1], first + 1, rows.get(r)[level + 1], r + 1));
                    parentRow.put(value, first); // report each further conflict against the first row
                }
            }
        }
        return problems;
    }

    /** The number of levels above the original values (the highest level's number). */
    /**
     * A hierarchy of height 0 that keeps every value of a column: for a quasi-identifier that is not
     * generalized. The missing value is kept as the empty value (as hierarchies cover it); a column
     * without values gets the empty value alone, as a hierarchy needs a row.
     */
    public static Hierarchy keepingValues(Column column) {
        Set<String> values = new LinkedHashSet<>();
        if (column.dictionary().size() == 0) {
            values.add("");
        }
        for (String value : column.dictionary().values()) {
            values.add(value == null ? "" : value);
        }
        List<String[]> rows = new ArrayList<>(values.size());
        for (String value : values) {
            rows.add(new String[] {value});
        }
        try {
            return of(rows);
        } catch (HierarchyException e) {
            throw new IllegalStateException("distinct values always make a valid hierarchy", e);
        }
    }

    public int height() {
        return rows[0].length - 1;
    }

    /** The original values (level 0), in file order. */
    public List<String> values() {
        List<String> values = new ArrayList<>(rows.length);
        for (String[] row : rows) {
            values.add(row[0]);
        }
        return values;
    }

    public int size() {
        return rows.length;
    }

    public boolean covers(String value) {
        return rowByValue.containsKey(value);
    }

    /** The generalization of an original value at a level; throws if the value is not covered. */
    public String generalize(String value, int level) {
        Integer row = rowByValue.get(value);
        if (row == null) {
            throw new IllegalArgumentException("the hierarchy does not cover '" + value + "'");
        }
        return rows[row][level];
    }

    /** Row {@code index} as {@code value, level1, …}. */
    public String[] row(int index) {
        return rows[index].clone();
    }

    /** All rows, for writing the hierarchy out. */
    public List<String[]> rows() {
        List<String[]> copy = new ArrayList<>(rows.length);
        for (String[] row : rows) {
            copy.add(row.clone());
        }
        return copy;
    }

    /**
     * The values of a column that the hierarchy does not cover, in dictionary order. A missing value
     * counts as covered only if the hierarchy has a row for the empty value.
     */
    public List<String> uncoveredValues(Dictionary dictionary) {
        List<String> uncovered = new ArrayList<>();
        for (int code = 0; code < dictionary.size(); code++) {
            String value = dictionary.value(code);
            if (!covers(value == null ? "" : value)) {
                uncovered.add(value == null ? "(missing)" : value);
            }
        }
        return uncovered;
    }

    /**
     * Checks that the hierarchy covers every value of a column.
     *
     * @throws HierarchyException listing the values it does not cover
     */
    public void requireCovers(String column, Dictionary dictionary) throws HierarchyException {
        List<String> uncovered = uncoveredValues(dictionary);
        if (!uncovered.isEmpty()) {
            throw new HierarchyException(String.format("the hierarchy of '%s' does not cover %d value%s of the data",
                    column, uncovered.size(), uncovered.size() == 1 ? "" : "s"),
                    uncovered.stream().map(v -> "'" + v + "'").toList());
        }
    }

    @Override
    public String toString() {
        return "Hierarchy(" + rows.length + " values, height " + height() + ", e.g. " + Arrays.toString(rows[0]) + ")";
    }
}
