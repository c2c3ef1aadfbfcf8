package org.veil.engine.hierarchy.build;

import java.util.ArrayList;
import java.util.List;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;

/**
 * Edits by hand of a hierarchy seen as a tree, each returning a new hierarchy (the old one is left as
 * it was, which is what undo needs). Levels count from 0 (the values) to the height (the top). Nodes
 * are named by their label on their level; the same label on another level is another node. The rows
 * keep their order.
 */
public final class HierarchyEdits {

    private HierarchyEdits() {
    }

    /**
     * Renames a group of a level (1 ≤ level ≤ height). Renaming to the label of another group of the
     * same level merges the two, allowed only where both have the same parent (or are on the top
     * level, where there is no parent). Renaming a group to its own label changes nothing.
     *
     * @throws HierarchyException if there is no such level or group, the new label is blank, or a
     *                            merge would give a group two parents
     */
    public static Hierarchy renameGroup(Hierarchy hierarchy, int level, String group, String newLabel)
            throws HierarchyException {
        requireLevel(level, 1, hierarchy.height(), "rename a group of", "of ");
        List<String[]> rows = hierarchy.rows();
        String parent = parentOf(rows, level, group);
        if (newLabel == null || newLabel.isBlank()) {
            throw new HierarchyException("the new name of '" + group + "' is blank", List.of());
        }
        boolean merges = !newLabel.equals(group) && rows.stream().anyMatch(row -> row[level].equals(newLabel));
        if (merges && level < hierarchy.height()) {
            String otherParent = parentOf(rows, level, newLabel);
            if (!otherParent.equals(parent)) {
                throw new HierarchyException(String.format("'%s' cannot be merged into '%s' on level %d: they have"
                        + " different parents", group, newLabel, level), List.of(String.format(
                        "'%s' is in '%s'", group, parent), String.format("'%s' is in '%s'", newLabel, otherParent)));
            }
        }
        for (String[] row : rows) {
            if (row[level].equals(group)) {
                row[level] = newLabel;
            }
        }
        return Hierarchy.of(rows);
    }

    /**
     * Moves a node (a value or group of {@code level}, 0 ≤ level &lt; height - 1) with everything under it
     * into another group of the level above: it then takes that group's ancestors. Moving a node into
     * the group it is in changes nothing; a group left empty disappears.
     *
     * @throws HierarchyException if there is no such level, or the node or the target group does not exist
     */
    public static Hierarchy move(Hierarchy hierarchy, int level, String node, String targetGroup)
            throws HierarchyException {
        requireLevel(level, 0, hierarchy.height() - 2, "move a node of", "of ");
        List<String[]> rows = hierarchy.rows();
        parentOf(rows, level, node);
        String[] target = rows.stream().filter(row -> row[level + 1].equals(targetGroup)).findFirst().map(String[]::clone)
                .orElseThrow(() -> new HierarchyException("there is no group '" + targetGroup + "' on level "
                        + (level + 1) + " to move '" + node + "' into", List.of()));
        for (String[] row : rows) {
            if (row[level].equals(node)) {
                System.arraycopy(target, level + 1, row, level + 1, row.length - level - 1);
            }
        }
        return Hierarchy.of(rows);
    }

    /**
     * Adds a level just above {@code level} (0 ≤ level &lt; height), a copy of it, so the user can then
     * group it differently: each node of {@code level} is alone in a group of the same label.
     *
     * @throws IllegalArgumentException if the level is not one of {@code 0 … height - 1}
     */
    public static Hierarchy addLevelAbove(Hierarchy hierarchy, int level) {
        if (level < 0 || level >= hierarchy.height()) {
            throw new IllegalArgumentException(levelMessage(level, 0, hierarchy.height() - 1, "add a level above",
                    "above "));
        }
        List<String[]> rows = new ArrayList<>();
        for (String[] row : hierarchy.rows()) {
            String[] longer = new String[row.length + 1];
            System.arraycopy(row, 0, longer, 0, level + 1);
            System.arraycopy(row, level, longer, level + 1, row.length - level);
            rows.add(longer);
        }
        return valid(rows);
    }

    /**
     * Removes a level (1 ≤ level &lt; height; the values and the top stay). Its nodes' children join
     * their grandparents.
     *
     * @throws HierarchyException if the level is the values or the top, or there is no such level
     */
    public static Hierarchy removeLevel(Hierarchy hierarchy, int level) throws HierarchyException {
        if (level == 0 || level == hierarchy.height()) {
            throw new HierarchyException(level == 0 ? "the values (level 0) cannot be removed"
                    : "the top (level " + level + ") cannot be removed", List.of());
        }
        requireLevel(level, 1, hierarchy.height() - 1, "remove", "");
        List<String[]> rows = new ArrayList<>();
        for (String[] row : hierarchy.rows()) {
            String[] shorter = new String[row.length - 1];
            System.arraycopy(row, 0, shorter, 0, level);
            System.arraycopy(row, level + 1, shorter, level, row.length - level - 1);
            rows.add(shorter);
        }
        return valid(rows);
    }

    private static void requireLevel(int level, int lowest, int highest, String action, String preposition)
            throws HierarchyException {
        if (level < lowest || level > highest) {
            throw new HierarchyException(levelMessage(level, lowest, highest, action, preposition), List.of());
        }
    }

    /** E.g. {@code cannot rename a group of level 0: only of levels 1 to 3}. */
    private static String levelMessage(int level, int lowest, int highest, String action, String preposition) {
        String only = lowest > highest ? "the hierarchy has too few levels for that"
                : "only " + preposition + (lowest == highest ? "level " + lowest
                : "levels " + lowest + " to " + highest);
        return "cannot " + action + " level " + level + ": " + only;
    }

    /**
     * The parent of a node of a level, {@code null} on the top level.
     *
     * @throws HierarchyException if the level has no such node
     */
    private static String parentOf(List<String[]> rows, int level, String node) throws HierarchyException {
        for (String[] row : rows) {
            if (row[level].equals(node)) {
                return level + 1 < row.length ? row[level + 1] : null;
            }
        }
        throw new HierarchyException("there is no " + (level == 0 ? "value '" : "group '") + node + "' on level "
                + level, List.of());
    }

    /** Rows made from a valid hierarchy in a way that keeps it a tree. */
    private static Hierarchy valid(List<String[]> rows) {
        try {
            return Hierarchy.of(rows);
        } catch (HierarchyException e) {
            throw new IllegalStateException("an edit that keeps the tree broke it: " + e.getMessage(), e);
        }
    }
}
