package org.veil.engine.classes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.veil.engine.classes.TinyInputs.histogram;
import static org.veil.engine.classes.TinyInputs.label;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.HierarchyException;

class ClassTablesTest {

    /**
     * Seven records, quasi-identifiers age (20, 25 → 20-29; 30 → 30-39; then *) and sex (M, F → *),
     * sensitive attribute s.
     */
    private static EncodedInput tiny() throws HierarchyException {
        Dataset data = TinyInputs.dataset("age;sex;s",
                "20;M;flu", // r0
                "25;F;cold", // r1
                "20;M;cold", // r2
                "30;F;flu", // r3
                "25;M;flu", // r4
                "30;F;flu", // r5
                "20;M;flu"); // r6
        return TinyInputs.input(data, List.of("age", "sex"),
                List.of(TinyInputs.hierarchy("20;20-29;*", "25;20-29;*", "30;30-39;*"),
                        TinyInputs.hierarchy("M;*", "F;*")),
                List.of("s"));
    }

    private static List<String> describe(EncodedInput input, ClassTable table) {
        List<String> classes = new ArrayList<>();
        for (int c = 0; c < table.size(); c++) {
            classes.add(label(input, table, c, 0) + "," + label(input, table, c, 1) + " ×" + table.count(c) + " "
                    + histogram(input, table, 0, c));
        }
        return classes;
    }

    @Test
    void bottomClassesGroupEqualValuesInOrderOfTheirFirstRecord() throws HierarchyException {
        EncodedInput input = tiny();
        ClassTables.Grouping bottom = ClassTables.bottom(input);

        // (20,M): r0 r2 r6; (25,F): r1; (30,F): r3 r5; (25,M): r4
        assertEquals(List.of(
                "20,M ×3 [cold=1, flu=2]",
                "25,F ×1 [cold=1]",
                "30,F ×2 [flu=2]",
                "25,M ×1 [flu=1]"), describe(input, bottom.table()));
        assertArrayEquals(new int[] {0, 1, 0, 2, 3, 2, 0}, bottom.mapping(), "the class of every record");
        assertArrayEquals(new int[] {0, 0}, bottom.table().levels());
        assertEquals(2, bottom.table().dimensions());
    }

    @Test
    void rollingUpOneDimensionMergesTheClassesThatShareTheGeneralizedValue() throws HierarchyException {
        EncodedInput input = tiny();
        ClassTable bottom = ClassTables.bottom(input).table();
        ClassTables.Grouping up = ClassTables.rollUp(bottom, new int[] {1, 0}, input);

        // (20-29,M) = (20,M) + (25,M): 3 + 1 records, flu 2 + 1, cold 1
        assertEquals(List.of(
                "20-29,M ×4 [cold=1, flu=3]",
                "20-29,F ×1 [cold=1]",
                "30-39,F ×2 [flu=2]"), describe(input, up.table()));
        assertArrayEquals(new int[] {0, 1, 2, 0}, up.mapping(), "the class each bottom class falls into");
        assertArrayEquals(new int[] {1, 0}, up.table().levels());
        assertEquals(1, up.table().level(0));
    }

    @Test
    void rollingUpTheOtherDimensionAndBoth() throws HierarchyException {
        EncodedInput input = tiny();
        ClassTable bottom = ClassTables.bottom(input).table();

        // sex → *: (20,*) = (20,M); (25,*) = (25,F) + (25,M); (30,*) = (30,F)
        ClassTables.Grouping sex = ClassTables.rollUp(bottom, new int[] {0, 1}, input);
        assertEquals(List.of(
                "20,* ×3 [cold=1, flu=2]",
                "25,* ×2 [cold=1, flu=1]",
                "30,* ×2 [flu=2]"), describe(input, sex.table()));
        assertArrayEquals(new int[] {0, 1, 2, 1}, sex.mapping());

        // both: (20-29,*) = r0 r1 r2 r4 r6 (5: flu 3, cold 2); (30-39,*) = r3 r5
        ClassTables.Grouping both = ClassTables.rollUp(bottom, new int[] {1, 1}, input);
        assertEquals(List.of("20-29,* ×5 [cold=2, flu=3]", "30-39,* ×2 [flu=2]"), describe(input, both.table()));

        // the top holds every record in one class
        ClassTables.Grouping top = ClassTables.rollUp(bottom, new int[] {2, 1}, input);
        assertEquals(List.of("*,* ×7 [cold=2, flu=5]"), describe(input, top.table()));
    }

    @Test
    void rollingUpInStepsGivesTheSameClassesAsInOneStep() throws HierarchyException {
        EncodedInput input = tiny();
        ClassTable bottom = ClassTables.bottom(input).table();
        ClassTable middle = ClassTables.rollUp(bottom, new int[] {1, 0}, input).table();

        ClassTables.Grouping stepwise = ClassTables.rollUp(middle, new int[] {1, 1}, input);
        assertEquals(describe(input, ClassTables.rollUp(bottom, new int[] {1, 1}, input).table()),
                describe(input, stepwise.table()));
        // (20-29,M) and (20-29,F) merge into class 0, (30-39,F) is class 1
        assertArrayEquals(new int[] {0, 0, 1}, stepwise.mapping());
    }

    @Test
    void rollingUpToTheSameLevelsKeepsTheClasses() throws HierarchyException {
        EncodedInput input = tiny();
        ClassTable bottom = ClassTables.bottom(input).table();
        ClassTables.Grouping same = ClassTables.rollUp(bottom, new int[] {0, 0}, input);

        assertEquals(describe(input, bottom), describe(input, same.table()));
        assertArrayEquals(new int[] {0, 1, 2, 3}, same.mapping());
    }

    @Test
    void rollingUpToAMoreSpecificLevelIsRejected() throws HierarchyException {
        EncodedInput input = tiny();
        ClassTable middle = ClassTables.rollUp(ClassTables.bottom(input).table(), new int[] {1, 1}, input).table();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClassTables.rollUp(middle, new int[] {0, 1}, input));
        assertEquals("cannot roll up to a more specific level", e.getMessage());
    }

    @Test
    void classCodesAreTheHierarchyCodesOfTheirRecordsAtTheTablesLevels() throws HierarchyException {
        EncodedInput input = tiny();
        ClassTables.Grouping bottom = ClassTables.bottom(input);
        int[][] allLevels = {{0, 0}, {1, 0}, {0, 1}, {1, 1}, {2, 0}, {2, 1}};
        for (int[] levels : allLevels) {
            ClassTables.Grouping up = ClassTables.rollUp(bottom.table(), levels, input);
            for (int r = 0; r < input.records(); r++) {
                int c = up.mapping()[bottom.mapping()[r]];
                for (int d = 0; d < 2; d++) {
                    assertEquals(input.hierarchy(d).generalize(input.dataCode(d, r), levels[d]), up.table().code(c, d),
                            "record " + r + " dimension " + d + " at " + java.util.Arrays.toString(levels));
                }
            }
        }
    }

    /**
     * A sensitive attribute with 100 values makes the histogram merge take its sparse path:
     * <ul>
     * <li>bottom: 50 classes × 100 values = 5000 &gt; 4 · 200 entries + 1024 = 1824;</li>
     * <li>level 1: 25 groups × 100 = 2500 &gt; 1824 (at most 200 entries);</li>
     * <li>top: 1 group × 100 = 100 ≤ 1824, the dense path.</li>
     * </ul>
     * Record r has q = q(r mod 50) and value v(i/2 + 25·(r div 50)) with i = r mod 50, so class
     * q_i holds v(i/2), v(i/2+25), v(i/2+50), v(i/2+75) once each, and group b_j = q_2j ∪ q_2j+1
     * holds each of v(j), v(j+25), v(j+50), v(j+75) twice.
     */
    @Test
    void histogramsOfALargeValueDomainMergeThroughTheSparsePath() throws HierarchyException {
        String[] rows = new String[200];
        for (int r = 0; r < 200; r++) {
            int i = r % 50;
            rows[r] = "q" + i + ";v" + (i / 2 + 25 * (r / 50));
        }
        Dataset data = TinyInputs.dataset("q;s", rows);
        String[] hierarchy = new String[50];
        for (int i = 0; i < 50; i++) {
            hierarchy[i] = "q" + i + ";b" + (i / 2) + ";*";
        }
        EncodedInput input = TinyInputs.input(data, List.of("q"), List.of(TinyInputs.hierarchy(hierarchy)),
                List.of("s"));
        assertEquals(100, input.sensitive().get(0).domain());

        ClassTable bottom = ClassTables.bottom(input).table();
        assertEquals(50, bottom.size());
        assertEquals(List.of("v10=1", "v35=1", "v60=1", "v85=1"), histogram(input, bottom, 0, 21)); // q21: 21/2 = 10

        ClassTable level1 = ClassTables.rollUp(bottom, new int[] {1}, input).table();
        assertEquals(25, level1.size());
        for (int j = 0; j < 25; j++) {
            assertEquals("b" + j, label(input, level1, j, 0));
            assertEquals(8, level1.count(j));
            List<String> expected = new ArrayList<>(List.of("v" + j + "=2", "v" + (j + 25) + "=2", "v" + (j + 50) + "=2",
                    "v" + (j + 75) + "=2"));
            expected.sort(null);
            assertEquals(expected, histogram(input, level1, 0, j), "group b" + j);
            assertEquals(4, level1.histograms(0).distinct(j));
        }
        assertEquals(100, level1.histograms(0).entries());

        ClassTable top = ClassTables.rollUp(level1, new int[] {2}, input).table();
        assertEquals(1, top.size());
        assertEquals(100, top.histograms(0).distinct(0));
        for (int e = top.histograms(0).begin(0); e < top.histograms(0).end(0); e++) {
            assertEquals(2, top.histograms(0).count(e), "every value occurs twice in the data");
        }
    }

    @Test
    void histogramsOfSeveralSensitiveAttributesAreKeptApart() throws HierarchyException {
        Dataset data = TinyInputs.dataset("q;a;b", "x;1;p", "y;2;p", "x;1;r", "y;3;p");
        EncodedInput input = TinyInputs.input(data, List.of("q"), List.of(TinyInputs.hierarchy("x;*", "y;*")),
                List.of("a", "b"));
        ClassTable bottom = ClassTables.bottom(input).table();

        assertEquals(0, input.sensitiveIndex("a"));
        assertEquals(1, input.sensitiveIndex("b"));
        assertEquals(List.of("1=2"), histogram(input, bottom, 0, 0));
        assertEquals(List.of("p=1", "r=1"), histogram(input, bottom, 1, 0));
        assertEquals(List.of("2=1", "3=1"), histogram(input, bottom, 0, 1));
        assertEquals(List.of("p=2"), histogram(input, bottom, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> input.sensitiveIndex("c"));
    }

    @Test
    void classNumbersFollowTheFirstRecordAtEveryLevel() throws HierarchyException {
        // first records per class at (1,0): (20-29,M) r0, (20-29,F) r1, (30-39,F) r3
        EncodedInput input = tiny();
        ClassTables.Grouping bottom = ClassTables.bottom(input);
        int[][] allLevels = {{0, 0}, {1, 0}, {0, 1}, {1, 1}, {2, 0}, {2, 1}};
        for (int[] levels : allLevels) {
            ClassTables.Grouping up = ClassTables.rollUp(bottom.table(), levels, input);
            int next = 0;
            for (int r = 0; r < input.records(); r++) {
                int c = up.mapping()[bottom.mapping()[r]];
                if (c == next) {
                    next++;
                } else {
                    assertEquals(true, c < next, "class " + c + " first seen before class " + next);
                }
            }
            assertEquals(up.table().size(), next);
        }
    }
}
