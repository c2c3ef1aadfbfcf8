package org.veil.ui.hierarchies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veil.engine.data.Column;
import org.veil.engine.hierarchy.Hierarchy;

/**
 * A hierarchy as the tree the editor shows: the top group at the root, each group's children one
 * level below, the column's values as leaves, each node with the records of the data under it.
 */
public final class HierarchyTree {

    /**
     * A value (level 0) or group.
     *
     * @param records records of the data whose value lies under this node
     * @param values  original values under this node (1 for a value)
     */
    public record Node(int level, String label, int records, int values, List<Node> children) {

        public boolean isValue() {
            return level == 0;
        }
    }

    private HierarchyTree() {
    }

    /** The tree of a hierarchy; children in the order of the hierarchy's rows. */
    public static Node of(Hierarchy hierarchy, Column column) {
        Map<String, Integer> records = recordsByValue(column);
        int height = hierarchy.height();
        // one map per level from label to the node being built, so the same text on two levels stays apart
        List<Map<String, Building>> byLevel = new ArrayList<>();
        for (int level = 0; level <= height; level++) {
            byLevel.add(new LinkedHashMap<>());
        }
        for (String[] row : hierarchy.rows()) {
            int count = records.getOrDefault(row[0], 0);
            Building child = null;
            for (int level = 0; level <= height; level++) {
                int current = level;
                Building node = byLevel.get(level).computeIfAbsent(row[level], label -> new Building(current, label));
                node.records += count;
                node.values++;
                if (child != null && node.childSet.putIfAbsent(child.label, child) == null) {
                    node.children.add(child);
                }
                child = node;
            }
        }
        return byLevel.get(height).values().iterator().next().build();
    }

    private static Map<String, Integer> recordsByValue(Column column) {
        Map<String, Integer> records = new HashMap<>();
        int[] frequencies = column.frequencies();
        for (int code = 0; code < frequencies.length; code++) {
            String value = column.dictionary().value(code);
            if (value != null) {
                records.put(value, frequencies[code]);
            }
        }
        return records;
    }

    /** A node while the rows are read. */
    private static final class Building {
        final int level;
        final String label;
        int records;
        int values;
        final List<Building> children = new ArrayList<>();
        final Map<String, Building> childSet = new HashMap<>();

        Building(int level, String label) {
            this.level = level;
            this.label = label;
        }

        Node build() {
            return new Node(level, label, records, level == 0 ? 1 : values,
                    children.stream().map(Building::build).toList());
        }
    }
}
