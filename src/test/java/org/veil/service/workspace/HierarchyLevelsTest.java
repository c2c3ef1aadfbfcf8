package org.veil.service.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.service.workspace.HierarchyLevels.Level;

class HierarchyLevelsTest {

    private final Workspace people = PeopleWorkspace.create();

    private static Hierarchy zips() throws Exception {
        return Hierarchy.of(PeopleWorkspace.ZIP_HIERARCHY.lines().map(line -> line.split(";")).toList());
    }

    @Test
    void countsTheGroupsOfEachLevelAndTheRecordsTheyHold() throws Exception {
        List<Level> levels = HierarchyLevels.of(zips(), people.dataset().column("zip"), 2);
        // zips: 10001 ×2, 10002 ×3, 10115 ×1
        assertEquals(List.of(
                new Level(0, "Level 0 (values)", 3, 3, 1, 3, 1),
                new Level(1, "Level 1", 2, 2, 1, 5, 1),
                new Level(2, "Level 2", 2, 2, 1, 5, 1),
                new Level(3, "Level 3", 1, 1, 6, 6, 0)), levels);
    }

    @Test
    void leavesOutValuesTheHierarchyDoesNotCover() throws Exception {
        Hierarchy partial = Hierarchy.of(List.of(new String[] {"10001", "*"}, new String[] {"99999", "*"}));
        List<Level> levels = HierarchyLevels.of(partial, people.dataset().column("zip"), 2);
        assertEquals(new Level(0, "Level 0 (values)", 2, 1, 2, 2, 0), levels.get(0));
        assertEquals(new Level(1, "Level 1", 1, 1, 2, 2, 0), levels.get(1));
    }

    @Test
    void laysAHierarchyOutAsATableWithOneColumnPerLevel() throws Exception {
        Dataset table = HierarchyTable.of(zips());
        assertEquals(List.of("Level 0 (values)", "Level 1", "Level 2", "Level 3"), table.columnNames());
        assertEquals(3, table.rowCount());
        assertEquals("1011*", table.value(2, 1));
        assertEquals("zips.csv · height 3 · 3 values", HierarchyTable.summary(new AssignedHierarchy(zips(),
                "zips.csv")));
    }
}
