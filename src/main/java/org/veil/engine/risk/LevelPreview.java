package org.veil.engine.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.veil.engine.classes.ClassTable;
import org.veil.engine.classes.ClassTables;
import org.veil.engine.classes.EncodedHierarchy;
import org.veil.engine.classes.EncodedInput;
import org.veil.engine.data.Column;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.progress.CancellationToken;

/**
 * What the data would look like with one quasi-identifier at each level of a candidate hierarchy
 * and the other quasi-identifiers at fixed levels, before any suppression: how many equivalence
 * classes, how many records in classes smaller than k, how many records stand alone. It is shown
 * live while a hierarchy is edited, so it uses the search's class tables: the records are grouped
 * once, with the column at level 0, and each higher level rolls up the classes of the level below
 * without reading the records again.
 */
public final class LevelPreview {

    /**
     * One level of the candidate hierarchy.
     *
     * @param classes               the equivalence classes
     * @param recordsInSmallClasses records in classes of fewer than k records
     * @param uniqueShare           the share of all records that are alone in their class; 0 without records
     */
    public record Level(int level, int classes, int recordsInSmallClasses, double uniqueShare) {
    }

    private LevelPreview() {
    }

    /**
     * Every level 0..height of the column's hierarchy.
     *
     * @param quasiIdentifiers every quasi-identifier with its hierarchy, the candidate for {@code column}
     *                         included; the order does not matter
     * @param otherLevels      the level of each other quasi-identifier; one left out stays at 0, an entry
     *                         for {@code column} itself is ignored
     * @param k                classes of fewer records count as small (2 counts the unique records)
     * @throws IllegalArgumentException if a hierarchy does not cover its column's values (the message
     *                                  names them), {@code column} is not among the quasi-identifiers,
     *                                  a level is outside its hierarchy, or k is below 1
     */
    public static List<Level> of(Dataset data, Map<String, Hierarchy> quasiIdentifiers,
            Map<String, Integer> otherLevels, String column, int k, CancellationToken cancel) {
        if (!quasiIdentifiers.containsKey(column)) {
            throw new IllegalArgumentException("'" + column + "' is not among the quasi-identifiers "
                    + quasiIdentifiers.keySet());
        }
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, not " + k);
        }
        for (String name : otherLevels.keySet()) {
            if (!quasiIdentifiers.containsKey(name)) {
                throw new IllegalArgumentException("a level is given for '" + name
                        + "', which is not among the quasi-identifiers " + quasiIdentifiers.keySet());
            }
        }
        List<EncodedHierarchy> hierarchies = new ArrayList<>(quasiIdentifiers.size());
        List<int[]> codes = new ArrayList<>(quasiIdentifiers.size());
        int[] levels = new int[quasiIdentifiers.size()];
        int target = -1;
        for (Map.Entry<String, Hierarchy> qi : quasiIdentifiers.entrySet()) {
            int d = hierarchies.size();
            Column values = data.column(qi.getKey());
            hierarchies.add(encode(values, qi.getValue()));
            codes.add(values.codes());
            if (qi.getKey().equals(column)) {
                target = d;
            } else {
                levels[d] = level(qi.getKey(), qi.getValue(), otherLevels.getOrDefault(qi.getKey(), 0));
            }
        }
        EncodedInput input = new EncodedInput(hierarchies, codes, List.of());
        cancel.throwIfCancelled();
        ClassTable table = ClassTables.bottom(input).table();
        int height = quasiIdentifiers.get(column).height();
        List<Level> preview = new ArrayList<>(height + 1);
        for (int level = 0; level <= height; level++) {
            cancel.throwIfCancelled();
            levels[target] = level;
            if (!Arrays.equals(levels, table.levels())) {
                table = ClassTables.rollUp(table, levels, input).table();
            }
            preview.add(measure(level, table, k, input.records()));
        }
        return preview;
    }

    private static EncodedHierarchy encode(Column column, Hierarchy hierarchy) {
        try {
            return EncodedHierarchy.encode(column, hierarchy);
        } catch (HierarchyException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static int level(String name, Hierarchy hierarchy, int level) {
        if (level < 0 || level > hierarchy.height()) {
            throw new IllegalArgumentException(String.format("level %d of '%s' is outside its hierarchy (0..%d)",
                    level, name, hierarchy.height()));
        }
        return level;
    }

    private static Level measure(int level, ClassTable table, int k, int records) {
        int inSmallClasses = 0;
        int uniques = 0;
        for (int c = 0; c < table.size(); c++) {
            int count = table.count(c);
            if (count < k) {
                inSmallClasses += count;
            }
            if (count == 1) {
                uniques++;
            }
        }
        return new Level(level, table.size(), inSmallClasses, records == 0 ? 0 : (double) uniques / records);
    }
}
