package org.veil.engine.reference;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;

/** The reference's privacy conditions against values worked out by hand from DEFINITIONS.md. */
class ReferenceModelTest {

    private static final Dataset FLU_AND_COLD = Tables.dataset("disease", "flu", "flu", "flu", "cold");
    private static final Dataset ABCD = Tables.dataset("disease", "a", "b", "c", "d");

    private static boolean holds(ReferenceModel model, Dataset input, String... classValues) {
        Predicate<List<String>> condition = model.classCondition(input);
        return condition.test(List.of(classValues));
    }

    @Test
    void kAnonymityCountsTheRecordsOfAClass() {
        assertTrue(holds(ReferenceModel.k(3), ABCD, "a", "a", "b"));
        assertFalse(holds(ReferenceModel.k(3), ABCD, "a", "b"));
    }

    @Test
    void distinctDiversityCountsDistinctValues() {
        assertTrue(holds(ReferenceModel.distinctL("disease", 2), ABCD, "a", "a", "b"));
        assertFalse(holds(ReferenceModel.distinctL("disease", 3), ABCD, "a", "a", "b"));
    }

    @Test
    void entropyDiversityAcceptsAClassExactlyOnTheLimit() {
        assertTrue(holds(ReferenceModel.entropyL("disease", 2), ABCD, "a", "b"));
        assertFalse(holds(ReferenceModel.entropyL("disease", 2), ABCD, "a", "a", "b")); // H = 0.6365 < ln 2
    }

    @Test
    void recursiveDiversityNeedsTheTopCountStrictlyBelowCTimesTheTail() {
        assertFalse(holds(ReferenceModel.recursiveCL("disease", 2, 2), ABCD, "a", "a", "b")); // 2 < 2·1 fails
        assertTrue(holds(ReferenceModel.recursiveCL("disease", 3, 2), ABCD, "a", "a", "b")); // 2 < 3·1
        assertTrue(holds(ReferenceModel.recursiveCL("disease", 2, 2), ABCD, "a", "a", "b", "c")); // 2 < 2·2
        assertFalse(holds(ReferenceModel.recursiveCL("disease", 9, 3), ABCD, "a", "a", "b")); // m = 2 < ℓ = 3
    }

    @Test
    void equalDistanceIsHalfTheTotalVariation() {
        // P = (flu 3/4, cold 1/4), Q = (flu 1): EMD = ½ (1/4 + 1/4) = 1/4.
        assertTrue(holds(ReferenceModel.equalT("disease", 0.25), FLU_AND_COLD, "flu", "flu"));
        assertFalse(holds(ReferenceModel.equalT("disease", 0.2), FLU_AND_COLD, "flu", "flu"));
    }

    @Test
    void orderedDistanceOrdersNumbersByValueNotByText() {
        Dataset numbers = Tables.dataset("amount", "2", "9", "10");
        // By value 2 < 9 < 10: Q = (0, 1, 0), cumulative −1/3, 1/3, 0, EMD = (2/3) / 2 = 1/3.
        // As text "10" < "2" < "9" it would be 1/2.
        assertTrue(holds(ReferenceModel.orderedT("amount", 0.34), numbers, "9"));
        assertFalse(holds(ReferenceModel.orderedT("amount", 0.33), numbers, "9"));
    }

    @Test
    void orderedDistanceOrdersDatesChronologically() {
        Dataset dates = Tables.dataset("admitted", "15.12.2019", "3.1.2020", "1.2.2020");
        // In time the class's date is the middle one (EMD 1/3); as text it would be the last (1/2).
        assertTrue(holds(ReferenceModel.orderedT("admitted", 0.34), dates, "3.1.2020"));
        assertFalse(holds(ReferenceModel.orderedT("admitted", 0.33), dates, "3.1.2020"));
    }

    @Test
    void orderedDistanceOrdersTextAlphabetically() {
        Dataset letters = Tables.dataset("grade", "c", "a", "b");
        // a < b < c: Q = (0, 0, 1) for {c}: cumulative −1/3, −2/3, 0, EMD = 1 / 2.
        assertTrue(holds(ReferenceModel.orderedT("grade", 0.5), letters, "c"));
        assertFalse(holds(ReferenceModel.orderedT("grade", 0.49), letters, "c"));
    }

    @Test
    void hierarchicalDistanceChargesMatchedMassByTheLevelItMeetsOn() {
        Hierarchy tree = Tables.hierarchy("a;ab;*", "b;ab;*", "c;cd;*", "d;cd;*");
        // Q = (1, 0, 0, 0), P uniform: under ab 1/4 matched at cost 1/2, then 1/2 crosses the top at cost 1.
        double emd = 0.25 * 0.5 + 0.5;
        assertTrue(holds(ReferenceModel.hierarchicalT("disease", emd, tree), ABCD, "a", "a"));
        assertFalse(holds(ReferenceModel.hierarchicalT("disease", 0.6, tree), ABCD, "a", "a"));
    }

    @Test
    void averageRiskIsRetainedClassesOverRetainedRecords() {
        List<Integer> sizes = List.of(1, 3); // 2 classes / 4 records
        assertTrue(ReferenceModel.averageRisk(0.5).isSatisfiedByRelease(sizes, 10));
        assertFalse(ReferenceModel.averageRisk(0.49).isSatisfiedByRelease(sizes, 10));
        assertTrue(ReferenceModel.averageRisk(0.01).isSatisfiedByRelease(List.of(), 10));
    }

    @Test
    void sampleUniquenessDividesUniqueRecordsByAllRecords() {
        List<Integer> sizes = List.of(1, 1, 3); // 2 unique of N = 10
        assertTrue(ReferenceModel.sampleUniqueness(0.2).isSatisfiedByRelease(sizes, 10));
        assertFalse(ReferenceModel.sampleUniqueness(0.19).isSatisfiedByRelease(sizes, 10));
    }
}
