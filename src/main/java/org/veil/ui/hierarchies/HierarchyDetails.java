package org.veil.ui.hierarchies;

import java.util.List;
import org.veil.engine.data.Dataset;
import org.veil.service.workspace.AssignedHierarchy;
import org.veil.service.workspace.HierarchyLevels;
import org.veil.service.workspace.HierarchyTable;
import org.veil.service.workspace.Workspace;

/**
 * A column's hierarchy prepared for showing: its rows as a table with one column per level, and
 * what each level does to the column's records.
 */
public record HierarchyDetails(String column, AssignedHierarchy assigned, Dataset table,
        List<HierarchyLevels.Level> levels) {

    public HierarchyDetails {
        levels = List.copyOf(levels);
    }

    static HierarchyDetails of(Workspace workspace, String column, AssignedHierarchy assigned) {
        return new HierarchyDetails(column, assigned, HierarchyTable.of(assigned.hierarchy()),
                HierarchyLevels.of(assigned.hierarchy(), workspace.dataset().column(column),
                        workspace.configuration().smallClassThreshold()));
    }

    /** E.g. {@code hierarchy_zip.csv · height 5 · 120 values}. */
    public String summary() {
        return HierarchyTable.summary(assigned);
    }
}
