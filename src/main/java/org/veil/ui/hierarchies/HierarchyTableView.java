package org.veil.ui.hierarchies;

import java.util.List;
import javafx.scene.Node;
import org.veil.service.workspace.HierarchyLevels;
import org.veil.ui.data.DatasetTableView;
import org.veil.ui.data.DatasetTableView.HeaderBadge;

/**
 * A hierarchy as a table: one row per original value, one column per level ("Level 0 (values)",
 * "Level 1", …), each header with the level's number of distinct groups. Virtualized, so
 * hierarchies of many thousands of values scroll smoothly.
 */
public final class HierarchyTableView {

    private final DatasetTableView table = new DatasetTableView();
    private List<HierarchyLevels.Level> levels = List.of();

    public HierarchyTableView() {
        table.node().setId("hierarchy-table");
        table.setPlaceholder("No hierarchy yet. Import a CSV file with one row per value of the column:"
                + " value;level 1;…;*");
        table.setHeaderBadges(this::groupsBadge);
    }

    /** Shows a hierarchy, or the placeholder for {@code null}. */
    public void show(HierarchyDetails details) {
        levels = details == null ? List.of() : details.levels();
        table.show(details == null ? null : details.table());
    }

    private List<HeaderBadge> groupsBadge(int level) {
        if (level >= levels.size()) {
            return List.of();
        }
        HierarchyLevels.Level shown = levels.get(level);
        return List.of(new HeaderBadge(String.format("%,d group%s", shown.groups(), shown.groups() == 1 ? "" : "s"),
                String.format("Level %d has %,d distinct value%s in the hierarchy; %,d of them occur in the data.",
                        level, shown.groups(), shown.groups() == 1 ? "" : "s", shown.groupsInData()),
                List.of("level-groups")));
    }

    public Node node() {
        return table.node();
    }
}
