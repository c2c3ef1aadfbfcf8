package org.veil.engine.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.reference.Tables;

/** Random generalization trees of height 1–3 over a list of values, built by grouping values level by level. */
final class RandomHierarchies {

    private RandomHierarchies() {
    }

    /**
     * A tree over {@code size} values: per inner level, the group of each node of the level below,
     * numbered 0, 1, … in order of first use; the top ({@code *}) above them.
     */
    record Tree(int size, List<int[]> parents, boolean reuseLabels) {

        int height() {
            return parents.size() + 1;
        }

        /**
         * Rows {@code value, level1, …, *}. Inner labels are {@code prefix + level:group}, or, with
         * {@code reuseLabels}, the text of the node's first child, so the same text recurs across levels.
         */
        Hierarchy hierarchy(List<String> values, String prefix) {
            List<String[]> rows = new ArrayList<>();
            for (int v = 0; v < size; v++) {
                String[] row = new String[height() + 1];
                row[0] = values.get(v);
                int node = v;
                for (int level = 1; level <= parents.size(); level++) {
                    node = parents.get(level - 1)[node];
                    row[level] = prefix + level + ":" + node;
                }
                row[row.length - 1] = "*";
                rows.add(row);
            }
            if (reuseLabels) {
                relabel(rows);
            }
            return Tables.hierarchy(rows);
        }

        private static void relabel(List<String[]> rows) {
            for (int level = 1; level < rows.get(0).length - 1; level++) {
                Map<String, String> labelOf = new LinkedHashMap<>();
                for (String[] row : rows) {
                    labelOf.putIfAbsent(row[level], row[level - 1]);
                }
                for (String[] row : rows) {
                    row[level] = labelOf.get(row[level]);
                }
            }
        }
    }

    static Arbitrary<Tree> trees(int size) {
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.of(true, false, false, false))
                .flatAs((inner, reuse) -> groupings(size, inner).map(parents -> new Tree(size, parents, reuse)))
                .withoutEdgeCases();
    }

    /** A hierarchy of height 0: the values only. */
    static Hierarchy flat(List<String> values) {
        return Tables.hierarchy(values.stream().map(value -> new String[] {value}).toList());
    }

    /** {@code levels} successive groupings starting from {@code size} nodes. */
    private static Arbitrary<List<int[]>> groupings(int size, int levels) {
        if (levels == 0) {
            return Arbitraries.just(List.of());
        }
        return Arbitraries.integers().between(1, size)
                .flatMap(groups -> Arbitraries.integers().between(0, groups - 1).array(int[].class).ofSize(size))
                .map(RandomHierarchies::normalise)
                .flatMap(parents -> groupings(groupCount(parents), levels - 1).map(above -> {
                    List<int[]> all = new ArrayList<>();
                    all.add(parents);
                    all.addAll(above);
                    return all;
                }));
    }

    /** Renumbers groups 0, 1, … in order of first use, so that every group number is used. */
    private static int[] normalise(int[] groups) {
        Map<Integer, Integer> renumber = new LinkedHashMap<>();
        int[] normalised = new int[groups.length];
        for (int i = 0; i < groups.length; i++) {
            normalised[i] = renumber.computeIfAbsent(groups[i], g -> renumber.size());
        }
        return normalised;
    }

    private static int groupCount(int[] normalised) {
        int max = -1;
        for (int group : normalised) {
            max = Math.max(max, group);
        }
        return max + 1;
    }
}
