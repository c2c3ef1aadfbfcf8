package org.veil.engine.hierarchy.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;

class HierarchyEditsTest {

    private static final List<String> ORIGINAL = List.of(
            "a;ab;abcd;*",
            "b;ab;abcd;*",
            "c;cd;abcd;*",
            "d;cd;abcd;*",
            "e;ef;efgh;*",
            "f;ef;efgh;*");

    private Hierarchy letters;

    @BeforeEach
    void build() throws HierarchyException {
        letters = Hierarchy.of(BuiltRows.split(ORIGINAL.toArray(String[]::new)));
    }

    @Test
    void renamingAGroupChangesItsLabelInEveryRowAndLeavesTheOldHierarchyAsItWas() throws HierarchyException {
        Hierarchy renamed = HierarchyEdits.renameGroup(letters, 1, "ab", "A or B");

        assertEquals(List.of("a;A or B;abcd;*", "b;A or B;abcd;*", "c;cd;abcd;*", "d;cd;abcd;*", "e;ef;efgh;*",
                "f;ef;efgh;*"), BuiltRows.of(renamed));
        assertEquals(ORIGINAL, BuiltRows.of(letters), "undo is keeping the old object");
    }

    @Test
    void renamingTheTopIsAllowed() throws HierarchyException {
        Hierarchy renamed = HierarchyEdits.renameGroup(letters, 3, "*", "All");
        assertEquals("All", renamed.generalize("e", 3));
    }

    @Test
    void renamingAGroupToASiblingsLabelMergesThem() throws HierarchyException {
        Hierarchy merged = HierarchyEdits.renameGroup(letters, 1, "cd", "ab");

        assertEquals(List.of("a;ab;abcd;*", "b;ab;abcd;*", "c;ab;abcd;*", "d;ab;abcd;*", "e;ef;efgh;*",
                "f;ef;efgh;*"), BuiltRows.of(merged));
    }

    @Test
    void mergingGroupsWithDifferentParentsIsRefused() {
        HierarchyException e = assertThrows(HierarchyException.class,
                () -> HierarchyEdits.renameGroup(letters, 1, "ef", "ab"));

        assertTrue(e.getMessage().startsWith("'ef' cannot be merged into 'ab' on level 1: they have different parents"),
                e.getMessage());
        assertEquals(List.of("'ef' is in 'efgh'", "'ab' is in 'abcd'"), e.problems());
    }

    @Test
    void renamingSomethingThatIsNotAGroupIsRefused() {
        assertEquals("there is no group 'zz' on level 1", assertThrows(HierarchyException.class,
                () -> HierarchyEdits.renameGroup(letters, 1, "zz", "y")).getMessage());
        assertEquals("the new name of 'ab' is blank", assertThrows(HierarchyException.class,
                () -> HierarchyEdits.renameGroup(letters, 1, "ab", "  ")).getMessage());
        assertEquals("cannot rename a group of level 0: only of levels 1 to 3", assertThrows(HierarchyException.class,
                () -> HierarchyEdits.renameGroup(letters, 0, "a", "x")).getMessage());
        assertThrows(HierarchyException.class, () -> HierarchyEdits.renameGroup(letters, 4, "*", "x"));
    }

    @Test
    void movingAValueTakesTheTargetGroupsAncestors() throws HierarchyException {
        Hierarchy moved = HierarchyEdits.move(letters, 0, "c", "ef");

        assertEquals(List.of("a;ab;abcd;*", "b;ab;abcd;*", "c;ef;efgh;*", "d;cd;abcd;*", "e;ef;efgh;*",
                "f;ef;efgh;*"), BuiltRows.of(moved));
        assertEquals(ORIGINAL, BuiltRows.of(letters));
    }

    @Test
    void movingAGroupMovesEverythingUnderIt() throws HierarchyException {
        Hierarchy moved = HierarchyEdits.move(letters, 1, "cd", "efgh");

        assertEquals(List.of("a;ab;abcd;*", "b;ab;abcd;*", "c;cd;efgh;*", "d;cd;efgh;*", "e;ef;efgh;*",
                "f;ef;efgh;*"), BuiltRows.of(moved));
    }

    @Test
    void movingTheLastNodeOutOfAGroupLeavesNoEmptyGroup() throws HierarchyException {
        Hierarchy moved = HierarchyEdits.move(HierarchyEdits.move(letters, 0, "e", "ab"), 0, "f", "ab");

        assertTrue(moved.rows().stream().noneMatch(row -> row[1].equals("ef")));
        assertEquals("abcd", moved.generalize("f", 2));
    }

    @Test
    void movingAMissingNodeOrIntoAMissingGroupIsRefused() {
        assertEquals("there is no value 'z' on level 0", assertThrows(HierarchyException.class,
                () -> HierarchyEdits.move(letters, 0, "z", "ab")).getMessage());
        assertEquals("there is no group 'zz' on level 2 to move 'ab' into", assertThrows(HierarchyException.class,
                () -> HierarchyEdits.move(letters, 1, "ab", "zz")).getMessage());
        assertEquals("cannot move a node of level 2: only of levels 0 to 1", assertThrows(HierarchyException.class,
                () -> HierarchyEdits.move(letters, 2, "abcd", "*")).getMessage());
    }

    @Test
    void addingALevelCopiesTheLevelBelowIt() {
        Hierarchy above1 = HierarchyEdits.addLevelAbove(letters, 1);
        Hierarchy above0 = HierarchyEdits.addLevelAbove(letters, 0);
        Hierarchy above2 = HierarchyEdits.addLevelAbove(letters, 2);

        assertEquals("a;ab;ab;abcd;*", BuiltRows.of(above1).get(0));
        assertEquals("a;a;ab;abcd;*", BuiltRows.of(above0).get(0), "every value alone in a group");
        assertEquals("f;ef;efgh;efgh;*", BuiltRows.of(above2).get(5));
        assertEquals(4, above1.height());
        assertEquals(ORIGINAL, BuiltRows.of(letters));
        assertEquals("cannot add a level above level 3: only above levels 0 to 2", assertThrows(
                IllegalArgumentException.class, () -> HierarchyEdits.addLevelAbove(letters, 3)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> HierarchyEdits.addLevelAbove(letters, -1));
    }

    @Test
    void removingALevelJoinsItsChildrenToTheirGrandparents() throws HierarchyException {
        Hierarchy removed = HierarchyEdits.removeLevel(letters, 2);
        Hierarchy removedFirst = HierarchyEdits.removeLevel(letters, 1);

        assertEquals(List.of("a;ab;*", "b;ab;*", "c;cd;*", "d;cd;*", "e;ef;*", "f;ef;*"), BuiltRows.of(removed));
        assertEquals("c;abcd;*", BuiltRows.of(removedFirst).get(2));
        assertEquals(ORIGINAL, BuiltRows.of(letters));
    }

    @Test
    void theValuesAndTheTopCannotBeRemoved() {
        assertEquals("the values (level 0) cannot be removed", assertThrows(HierarchyException.class,
                () -> HierarchyEdits.removeLevel(letters, 0)).getMessage());
        assertEquals("the top (level 3) cannot be removed", assertThrows(HierarchyException.class,
                () -> HierarchyEdits.removeLevel(letters, 3)).getMessage());
        assertEquals("cannot remove level 7: only levels 1 to 2", assertThrows(HierarchyException.class,
                () -> HierarchyEdits.removeLevel(letters, 7)).getMessage());
    }
}
