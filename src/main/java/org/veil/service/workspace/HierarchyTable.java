package org.veil.service.workspace;

import java.util.ArrayList;
import java.util.List;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.DatasetBuilder;
import org.veil.engine.hierarchy.Hierarchy;

/**
 * A hierarchy laid out as a table, one column per level ({@code Level 0 (values)}, {@code Level 1},
 * …) and one row per original value, so the workbench shows it with its dataset table.
 */
public final class HierarchyTable {

    private HierarchyTable() {
    }

    /** The title of a level's column: level 0 holds the original values. */
    public static String levelTitle(int level) {
        return level == 0 ? "Level 0 (values)" : "Level " + level;
    }

    /** One line about an assigned hierarchy, e.g. {@code hierarchy_zip.csv · height 5 · 120 values}. */
    public static String summary(AssignedHierarchy assigned) {
        int values = assigned.hierarchy().size();
        return String.format("%s · height %d · %,d value%s", assigned.source(), assigned.hierarchy().height(), values,
                values == 1 ? "" : "s");
    }

    /** The hierarchy as a dataset whose columns are its levels; cells are never missing. */
    public static Dataset of(Hierarchy hierarchy) {
        List<String> titles = new ArrayList<>();
        for (int level = 0; level <= hierarchy.height(); level++) {
            titles.add(levelTitle(level));
        }
        DatasetBuilder builder = new DatasetBuilder(titles, hierarchy.size());
        for (int row = 0; row < hierarchy.size(); row++) {
            builder.addRow(hierarchy.row(row));
        }
        return builder.build();
    }
}
