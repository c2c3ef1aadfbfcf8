package org.veil.engine.classes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veil.engine.data.Column;
import org.veil.engine.data.Dictionary;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;

/**
 * A hierarchy turned into int arrays for one column: the code of every data value at every level,
 * the parent of every code one level up, the label of every code, and how many original values
 * each code stands for. Codes of a level number the distinct generalized values of that level over
 * the whole hierarchy, in order of first appearance.
 */
public final class EncodedHierarchy {

    private final String name;
    private final int[][] dataToLevel;
    private final int[][] parent;
    private final String[][] labels;
    private final int[][] leaves;
    private final int domainSize;

    private EncodedHierarchy(String name, int[][] dataToLevel, int[][] parent, String[][] labels, int[][] leaves,
            int domainSize) {
        this.name = name;
        this.dataToLevel = dataToLevel;
        this.parent = parent;
        this.labels = labels;
        this.leaves = leaves;
        this.domainSize = domainSize;
    }

    /**
     * Encodes a hierarchy for a column.
     *
     * @throws HierarchyException if the hierarchy does not cover every value of the column
     */
    public static EncodedHierarchy encode(Column column, Hierarchy hierarchy) throws HierarchyException {
        hierarchy.requireCovers(column.name(), column.dictionary());
        int levels = hierarchy.height() + 1;
        List<String[]> rows = hierarchy.rows();
        int[][] rowCodes = new int[levels][rows.size()];
        String[][] labels = new String[levels][];
        int[][] leaves = new int[levels][];
        for (int level = 0; level < levels; level++) {
            Map<String, Integer> codes = new HashMap<>();
            for (int r = 0; r < rows.size(); r++) {
                Integer code = codes.putIfAbsent(rows.get(r)[level], codes.size());
                rowCodes[level][r] = code == null ? codes.size() - 1 : code;
            }
            String[] levelLabels = new String[codes.size()];
            codes.forEach((label, code) -> levelLabels[code] = label);
            labels[level] = levelLabels;
            leaves[level] = new int[codes.size()];
            for (int r = 0; r < rows.size(); r++) {
                leaves[level][rowCodes[level][r]]++;
            }
        }
        int[][] parent = new int[levels - 1][];
        for (int level = 0; level + 1 < levels; level++) {
            parent[level] = new int[labels[level].length];
            for (int r = 0; r < rows.size(); r++) {
                parent[level][rowCodes[level][r]] = rowCodes[level + 1][r];
            }
        }
        Dictionary dictionary = column.dictionary();
        Map<String, Integer> rowOf = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            rowOf.put(rows.get(r)[0], r);
        }
        int[][] dataToLevel = new int[levels][dictionary.size()];
        for (int code = 0; code < dictionary.size(); code++) {
            String value = dictionary.value(code);
            int row = rowOf.get(value == null ? "" : value);
            for (int level = 0; level < levels; level++) {
                dataToLevel[level][code] = rowCodes[level][row];
            }
        }
        return new EncodedHierarchy(column.name(), dataToLevel, parent, labels, leaves, rows.size());
    }

    public String name() {
        return name;
    }

    /** The highest level. */
    public int height() {
        return labels.length - 1;
    }

    /** The code at {@code level} of the data value with dictionary code {@code dataCode}. */
    public int generalize(int dataCode, int level) {
        return dataToLevel[level][dataCode];
    }

    /** The data-code → level-code map of one level. Read-only by contract. */
    public int[] levelMap(int level) {
        return dataToLevel[level];
    }

    /** The code at level {@code to} of the code {@code code} at level {@code from} ≤ {@code to}. */
    public int raise(int code, int from, int to) {
        int result = code;
        for (int level = from; level < to; level++) {
            result = parent[level][result];
        }
        return result;
    }

    /** Number of distinct values on a level. */
    public int levelSize(int level) {
        return labels[level].length;
    }

    public String label(int level, int code) {
        return labels[level][code];
    }

    /** How many original values of the hierarchy a code of a level stands for. */
    public int leaves(int level, int code) {
        return leaves[level][code];
    }

    /** Number of original values in the hierarchy. */
    public int domainSize() {
        return domainSize;
    }
}
