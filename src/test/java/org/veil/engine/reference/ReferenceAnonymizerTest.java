package org.veil.engine.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;

/** The reference anonymizer on examples small enough to work out by hand. */
class ReferenceAnonymizerTest {

    private static final Hierarchy ZIP = Tables.hierarchy("1301;130*;*", "1302;130*;*", "1401;140*;*");
    private static final Hierarchy AGE = Tables.hierarchy("20;20-29;*", "25;20-29;*", "30;30-39;*", "35;30-39;*");
    private static final Dataset PATIENTS = Tables.dataset("zip;age;disease",
            "1301;20;flu", "1302;25;cold", "1301;25;flu", "1401;30;flu", "1401;35;cold", "1302;20;hiv");

    private static ReferenceProblem patients(String metric) {
        return new ReferenceProblem(PATIENTS,
                List.of(new ReferenceProblem.Qi("zip", ZIP), new ReferenceProblem.Qi("age", AGE)), Set.of(),
                List.of(ReferenceModel.k(2)), 0.5, metric);
    }

    /** Zip to its 13xx/14xx level, age kept: classes {0,5}, {1,2}, {3}, {4}; 2-anonymity suppresses records 3 and 4. */
    private static ReferenceAnonymizer.Outcome zipGeneralized(String metric) {
        return new ReferenceAnonymizer(patients(metric)).evaluate(new int[] {1, 0});
    }

    @Test
    void suppressesTheClassesSmallerThanK() {
        ReferenceAnonymizer.Outcome outcome = zipGeneralized("height");
        assertEquals(2, outcome.suppressedRecords());
        assertTrue(outcome.anonymous());
        assertEquals(1, outcome.value());
    }

    @Test
    void lossChargesLeavesUnderEachValueAndOneForSuppressedCells() {
        // Four retained records lose (2−1)/(3−1) on zip and 0 on age; two suppressed records lose 1 per cell.
        assertEquals((4 * 0.5 + 4) / 12, zipGeneralized("loss").value(), 1e-12);
    }

    @Test
    void precisionChargesLevelOverHeightAndOneForSuppressedCells() {
        assertEquals((4 * 0.5 + 4) / 12, zipGeneralized("precision").value(), 1e-12);
    }

    @Test
    void discernibilityChargesClassSizesAndTheInputSizeForSuppressedRecords() {
        assertEquals(2 * 2 + 2 * 2 + 6 * 2, zipGeneralized("discernibility").value(), 1e-12);
    }

    @Test
    void averageClassSizeCountsTheSuppressedRecordsAsOneClass() {
        assertEquals(6.0 / 3, zipGeneralized("aecs").value(), 1e-12);
    }

    @Test
    void monotonicEntropyChargesGeneralizationOfEveryRecord() {
        // Zip: each value has 2 of the 4 records of 130*, or all 2 of 140*: 4 × 1 bit. Age is not generalized.
        assertEquals(4, zipGeneralized("entropy").value(), 1e-12);
        // Both generalized: age adds 4 × 1 bit under 20-29 and 2 × 1 bit under 30-39.
        assertEquals(10, new ReferenceAnonymizer(patients("entropy")).evaluate(new int[] {1, 1}).value(), 1e-12);
    }

    @Test
    void nonMonotonicEntropyAddsTheEntropyOfTheSuppressedRecords() {
        // Suppressed: zip 140*, 140* (0 bits), age 30, 35 (2 × 1 bit).
        assertEquals(4 + 2, zipGeneralized("entropy-nm").value(), 1e-12);
    }

    @Test
    void findsTheTransformationWithTheLowestLoss() {
        ReferenceAnonymizer.Result result = new ReferenceAnonymizer(patients("loss")).enumerate();
        // Age to decades gives classes of two with loss 1/3 on every age cell.
        assertArrayEquals(new int[] {0, 1}, result.optimum().orElseThrow().levels());
        assertEquals(1.0 / 6, result.optimum().orElseThrow().value(), 1e-12);
        assertFalse(result.transformations().get(0).anonymous());
    }

    @Test
    void equalValuesGoToTheLowerHeight() {
        Hierarchy ages = Tables.hierarchy("1;1-2;*", "2;1-2;*", "3;3-4;*", "4;3-4;*");
        Dataset data = Tables.dataset("age;disease", "1;flu", "2;cold", "3;flu", "4;flu", "4;cold", "1;flu");
        // Level 0 suppresses two of six records (loss 2/6); level 1 loses 1/3 on every cell: a tie.
        ReferenceProblem problem = new ReferenceProblem(data, List.of(new ReferenceProblem.Qi("age", ages)),
                Set.of(), List.of(ReferenceModel.k(2)), 1.0 / 3, "loss");
        assertArrayEquals(new int[] {0}, optimalLevels(problem));
        ReferenceProblem stricter = new ReferenceProblem(data, problem.quasiIdentifiers(), Set.of(), problem.models(),
                0.3, "loss");
        assertArrayEquals(new int[] {1}, optimalLevels(stricter));
    }

    @Test
    void equalValuesAndHeightsGoToTheLowerNumber() {
        Hierarchy xs = Tables.hierarchy("a;*", "b;*");
        Hierarchy ys = Tables.hierarchy("c;*", "d;*");
        Dataset data = Tables.dataset("x;y", "a;c", "b;c", "a;d", "b;d");
        ReferenceProblem problem = new ReferenceProblem(data,
                List.of(new ReferenceProblem.Qi("x", xs), new ReferenceProblem.Qi("y", ys)), Set.of(),
                List.of(ReferenceModel.k(2)), 0, "height");
        // (1,0) is number 1 and (0,1) number 2; both are 2-anonymous with height 1.
        assertArrayEquals(new int[] {1, 0}, optimalLevels(problem));
    }

    @Test
    void datasetLevelSuppressionTakesTheSmallestClassWhoseFirstRecordComesFirst() {
        // Classes a{0,2}, b{1}, c{3}, d{4,5}: risk 4/6; without b it is 3/5 = 0.6.
        ReferenceProblem problem = singleColumn(ReferenceModel.averageRisk(0.6), "a", "b", "a", "c", "d", "d");
        String[][] released = new ReferenceAnonymizer(problem).released(new int[] {0});
        assertArrayEquals(new String[] {"a", "*", "a", "c", "d", "d"}, column(released, 0));
    }

    @Test
    void sampleUniquenessSuppressesOnlyAsManyUniqueRecordsAsNeeded() {
        // Uniques a, b, c of N = 6; at most 0.2 · 6 = 1.2 may stay.
        ReferenceProblem problem = singleColumn(ReferenceModel.sampleUniqueness(0.2), "a", "b", "c", "d", "d", "d");
        String[][] released = new ReferenceAnonymizer(problem).released(new int[] {0});
        assertArrayEquals(new String[] {"*", "*", "c", "d", "d", "d"}, column(released, 0));
        assertEquals(2, new ReferenceAnonymizer(problem).evaluate(new int[] {0}).suppressedRecords());
    }

    @Test
    void releaseDropsIdentifiersAndKeepsOtherColumns() {
        Dataset data = Tables.dataset("name;zip;disease", "Ann;1301;flu", "Bob;1302;cold");
        ReferenceProblem problem = new ReferenceProblem(data, List.of(new ReferenceProblem.Qi("zip", ZIP)),
                Set.of("name"), List.of(ReferenceModel.k(2)), 0, "loss");
        ReferenceAnonymizer reference = new ReferenceAnonymizer(problem);
        assertEquals(List.of("zip", "disease"), reference.releasedColumns());
        assertArrayEquals(new String[][] {{"130*", "flu"}, {"130*", "cold"}}, reference.released(new int[] {1}));
    }

    private static ReferenceProblem singleColumn(ReferenceModel model, String... values) {
        Hierarchy letters = Tables.hierarchy("a;*", "b;*", "c;*", "d;*");
        Dataset data = Tables.dataset("letter", values);
        return new ReferenceProblem(data, List.of(new ReferenceProblem.Qi("letter", letters)), Set.of(),
                List.of(model), 1.0, "loss");
    }

    private static int[] optimalLevels(ReferenceProblem problem) {
        return new ReferenceAnonymizer(problem).enumerate().optimum().orElseThrow().levels();
    }

    private static String[] column(String[][] rows, int column) {
        String[] values = new String[rows.length];
        for (int r = 0; r < rows.length; r++) {
            values[r] = rows[r][column];
        }
        return values;
    }
}
