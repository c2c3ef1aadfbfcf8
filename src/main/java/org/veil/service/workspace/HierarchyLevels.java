package org.veil.service.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veil.engine.data.Column;
import org.veil.engine.data.Dictionary;
import org.veil.engine.hierarchy.Hierarchy;

/**
 * What each level of a hierarchy does to a column of the data: how many groups (distinct
 * generalized values) the level has, how many of them occur in the data, and how many records the
 * smallest and largest of those hold. Small groups are what lets records be singled out.
 */
public final class HierarchyLevels {

    /**
     * One level.
     *
     * @param groups         distinct values of the level in the hierarchy
     * @param groupsInData   of those, the ones some record of the data generalizes to
     * @param smallestGroup  records in the smallest group that occurs, 0 if none does
     * @param largestGroup   records in the largest group
     * @param recordsInSmallGroups records in groups of fewer than k records, for the k asked for
     */
    public record Level(int level, String title, int groups, int groupsInData, int smallestGroup, int largestGroup,
            int recordsInSmallGroups) {
    }

    private HierarchyLevels() {
    }

    /**
     * Every level 0..height; values of the column the hierarchy does not cover are left out.
     *
     * @param k groups of fewer records count as small (k-anonymity's k; 2 singles out the unique values)
     */
    public static List<Level> of(Hierarchy hierarchy, Column column, int k) {
        Dictionary dictionary = column.dictionary();
        int[] frequencies = column.frequencies();
        List<String[]> rows = hierarchy.rows();
        List<Level> levels = new ArrayList<>(hierarchy.height() + 1);
        for (int level = 0; level <= hierarchy.height(); level++) {
            Set<String> groups = new HashSet<>();
            for (String[] row : rows) {
                groups.add(row[level]);
            }
            Map<String, Integer> records = new HashMap<>();
            for (int code = 0; code < dictionary.size(); code++) {
                String value = dictionary.value(code) == null ? "" : dictionary.value(code);
                if (hierarchy.covers(value) && frequencies[code] > 0) {
                    records.merge(hierarchy.generalize(value, level), frequencies[code], Integer::sum);
                }
            }
            int smallest = records.values().stream().mapToInt(Integer::intValue).min().orElse(0);
            int largest = records.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            int inSmallGroups = records.values().stream().mapToInt(Integer::intValue).filter(n -> n < k).sum();
            levels.add(new Level(level, HierarchyTable.levelTitle(level), groups.size(), records.size(), smallest,
                    largest, inSmallGroups));
        }
        return levels;
    }
}
