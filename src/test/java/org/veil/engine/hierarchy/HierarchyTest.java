package org.veil.engine.hierarchy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.engine.data.Dictionary;

class HierarchyTest {

    private static List<String[]> rows(String... rows) {
        List<String[]> split = new ArrayList<>();
        for (String row : rows) {
            split.add(row.split(";", -1));
        }
        return split;
    }

    private static Hierarchy ages() throws HierarchyException {
        return Hierarchy.of(rows(
                "20;20-29;20-39;*",
                "25;20-29;20-39;*",
                "30;30-39;20-39;*",
                "45;40-49;40-59;*"));
    }

    @Test
    void aValidHierarchyReportsItsHeightValuesAndGeneralizations() throws HierarchyException {
        Hierarchy ages = ages();

        assertEquals(3, ages.height(), "four cells per row: the value and three levels above it");
        assertEquals(4, ages.size());
        assertEquals(List.of("20", "25", "30", "45"), ages.values(), "level-0 values in file order");
        assertEquals("25", ages.generalize("25", 0));
        assertEquals("20-29", ages.generalize("25", 1));
        assertEquals("40-59", ages.generalize("45", 2));
        assertEquals("*", ages.generalize("30", 3));
        assertTrue(ages.covers("45"));
        assertFalse(ages.covers("46"));
        assertArrayEquals(new String[] {"30", "30-39", "20-39", "*"}, ages.row(2));
    }

    @Test
    void generalizingAValueTheHierarchyDoesNotCoverFailsNamingTheValue() throws HierarchyException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ages().generalize("99", 1));
        assertEquals("the hierarchy does not cover '99'", e.getMessage());
    }

    @Test
    void theHierarchyKeepsItsOwnCopyOfTheRows() throws HierarchyException {
        List<String[]> source = rows("a;x;*", "b;x;*");
        Hierarchy hierarchy = Hierarchy.of(source);
        source.get(0)[1] = "changed";
        hierarchy.rows().get(0)[1] = "changed too";
        hierarchy.row(0)[1] = "and again";

        assertEquals("x", hierarchy.generalize("a", 1));
        assertNotSame(hierarchy.rows(), hierarchy.rows());
    }

    @Test
    void aHierarchyOfOnlyOriginalValuesHasHeightZero() throws HierarchyException {
        Hierarchy identity = Hierarchy.of(rows("a", "b"));
        assertEquals(0, identity.height());
        assertEquals("b", identity.generalize("b", 0));
    }

    @Test
    void theSameTextMayAppearOnTwoLevels() throws HierarchyException {
        // "Other" on level 0 and level 1 are different nodes; the tree is still valid.
        Hierarchy hierarchy = Hierarchy.of(rows("Other;Other;*", "Nurse;Health;*", "Doctor;Health;*"));
        assertEquals("Other", hierarchy.generalize("Other", 1));
        assertEquals(2, hierarchy.height());
    }

    @Test
    void anEmptyHierarchyIsRejected() {
        HierarchyException e = assertThrows(HierarchyException.class, () -> Hierarchy.of(List.of()));
        assertEquals("the hierarchy is empty", e.getMessage());
        assertEquals(List.of(), e.problems());
    }

    @Test
    void everyRowOfADifferentLengthIsListed() {
        HierarchyException e = assertThrows(HierarchyException.class,
                () -> Hierarchy.of(rows("a;x;*", "b;x", "c;y;*", "d;y;*;extra")));
        assertEquals(List.of("row 2 has 2 levels, row 1 has 3", "row 4 has 4 levels, row 1 has 3"), e.problems());
        assertTrue(e.getMessage().startsWith("the hierarchy is not a valid tree: "), e.getMessage());
        assertTrue(e.getMessage().contains("row 2 has 2 levels, row 1 has 3; row 4 has 4 levels, row 1 has 3"),
                e.getMessage());
    }

    @Test
    void everyDuplicateValueIsListedWithBothRows() {
        HierarchyException e = assertThrows(HierarchyException.class,
                () -> Hierarchy.of(rows("a;x;*", "b;x;*", "a;x;*", "b;y;*", "c;y;*")));
        assertEquals(List.of("value 'a' is given in rows 1 and 3", "value 'b' is given in rows 2 and 4"),
                e.problems());
    }

    @Test
    void lengthAndDuplicateProblemsAreListedTogether() {
        HierarchyException e = assertThrows(HierarchyException.class,
                () -> Hierarchy.of(rows("a;x;*", "b;x", "a;x;*")));
        assertEquals(List.of("row 2 has 2 levels, row 1 has 3", "value 'a' is given in rows 1 and 3"), e.problems());
    }

    @Test
    void aValueWithTwoParentsIsReportedWithItsLevelBothParentsAndTheirRows() {
        HierarchyException e = assertThrows(HierarchyException.class, () -> Hierarchy.of(rows(
                "20;20-29;young;*",
                "25;20-29;old;*")));
        assertEquals(List.of("'20-29' on level 1 has two parents: 'young' (row 1) and 'old' (row 2)"), e.problems());
        assertTrue(e.getMessage().contains("'20-29' on level 1 has two parents: 'young' (row 1) and 'old' (row 2)"),
                e.getMessage());
    }

    @Test
    void everyParentConflictOnEveryLevelIsListed() {
        HierarchyException e = assertThrows(HierarchyException.class, () -> Hierarchy.of(rows(
                "a;A;G1;*",
                "b;A;G2;*", // A (level 1) under G1 and G2
                "c;C;G1;X", // G1 (level 2) under * and X
                "d;A;G3;*"))); // A again, against row 1
        assertEquals(List.of(
                "'A' on level 1 has two parents: 'G1' (row 1) and 'G2' (row 2)",
                "'A' on level 1 has two parents: 'G1' (row 1) and 'G3' (row 4)",
                "'G1' on level 2 has two parents: '*' (row 1) and 'X' (row 3)"), e.problems());
    }

    /**
     * Engine bug: {@link Hierarchy#of} documents that it lists every problem, but it looks for
     * parent conflicts only when there is no length or duplicate problem, so a file with a
     * duplicate value and an unrelated two-parent conflict reports only the duplicate.
     */
    @Test
    void aParentConflictIsListedAlongsideADuplicateValue() {
        HierarchyException e = assertThrows(HierarchyException.class, () -> Hierarchy.of(rows(
                "a;A;G1;*",
                "b;A;G2;*", // A (level 1) under G1 and G2
                "c;C;G3;*",
                "c;C;G3;*"))); // c given twice
        assertEquals(List.of(
                "value 'c' is given in rows 3 and 4",
                "'A' on level 1 has two parents: 'G1' (row 1) and 'G2' (row 2)"), e.problems());
    }

    /**
     * Engine bug: a row without any cell is a row of a different length, which {@link Hierarchy#of}
     * documents it reports; instead it reads the row's first cell and throws
     * ArrayIndexOutOfBoundsException.
     */
    @Test
    void aRowWithoutCellsIsReportedAsARowOfADifferentLength() {
        List<String[]> rows = rows("a;x;*", "b;x;*");
        rows.add(new String[0]);
        HierarchyException e = assertThrows(HierarchyException.class, () -> Hierarchy.of(rows));
        assertEquals(List.of("row 3 has 0 levels, row 1 has 3"), e.problems());
    }

    @Test
    void theMessageShowsTenProblemsAndTheTotalButProblemsHoldsAll() {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(new String[] {"v" + i, "*"});
            rows.add(new String[] {"v" + i, "*"});
        }
        HierarchyException e = assertThrows(HierarchyException.class, () -> Hierarchy.of(rows));
        assertEquals(12, e.problems().size());
        assertEquals("value 'v11' is given in rows 23 and 24", e.problems().get(11));
        assertTrue(e.getMessage().endsWith("; … (12 in all)"), e.getMessage());
        assertTrue(e.getMessage().contains("value 'v9' is given in rows 19 and 20"), e.getMessage());
        assertFalse(e.getMessage().contains("'v10'"), e.getMessage());
    }

    @Test
    void uncoveredValuesAreListedInDictionaryOrderWithMissingShownAsSuch() throws HierarchyException {
        Hierarchy hierarchy = Hierarchy.of(rows("a;x;*", "b;x;*"));
        Dictionary dictionary = Dictionary.of("zz", "a", null, "b", "c");

        assertEquals(List.of("zz", "(missing)", "c"), hierarchy.uncoveredValues(dictionary));
    }

    @Test
    void aMissingValueIsCoveredOnlyByARowWithAnEmptyFirstCell() throws HierarchyException {
        Hierarchy withEmptyRow = Hierarchy.of(rows("a;x;*", ";unknown;*"));
        Dictionary dictionary = Dictionary.of("a", null);

        assertEquals(List.of(), withEmptyRow.uncoveredValues(dictionary));
        assertEquals("unknown", withEmptyRow.generalize("", 1));
        // the text "(missing)" as a value does not stand for the missing value
        Hierarchy withLiteral = Hierarchy.of(rows("a;x;*", "(missing);unknown;*"));
        assertEquals(List.of("(missing)"), withLiteral.uncoveredValues(dictionary));
    }

    @Test
    void aHierarchyCoveringEveryValuePassesTheCheck() throws HierarchyException {
        Hierarchy.of(rows("a;x;*", "b;x;*", "c;y;*")).requireCovers("letter", Dictionary.of("c", "a"));
    }

    @Test
    void requireCoversNamesTheColumnAndListsEveryUncoveredValue() throws HierarchyException {
        Hierarchy hierarchy = Hierarchy.of(rows("a;x;*"));

        HierarchyException several = assertThrows(HierarchyException.class,
                () -> hierarchy.requireCovers("city", Dictionary.of("a", "b", null, "c")));
        assertEquals(List.of("'b'", "'(missing)'", "'c'"), several.problems());
        assertEquals("the hierarchy of 'city' does not cover 3 values of the data: 'b'; '(missing)'; 'c'",
                several.getMessage());

        HierarchyException one = assertThrows(HierarchyException.class,
                () -> hierarchy.requireCovers("city", Dictionary.of("a", "q")));
        assertEquals("the hierarchy of 'city' does not cover 1 value of the data: 'q'", one.getMessage());
    }
}
