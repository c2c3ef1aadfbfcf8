package org.veil.engine.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Average re-identification risk and sample uniqueness, judged on the released dataset's statistics. */
class DatasetLevelModelsTest {

    /** N records of which {@code retained} in {@code classes} classes, {@code unique} of them alone in theirs. */
    private static DatasetStatistics stats(int n, int retained, int classes, int unique) {
        return new DatasetStatistics(n, retained, classes, unique);
    }

    @Test
    void averageRiskIsRetainedClassesOverRetainedRecordsWithTheThresholdInclusive() {
        // 4 classes over 10 records: mean of 1/|E| over records = 4/10 = 0.4
        assertTrue(new AverageReidentificationRisk(0.4).isSatisfied(stats(10, 10, 4, 0)));
        assertFalse(new AverageReidentificationRisk(0.39).isSatisfied(stats(10, 10, 4, 0)));
        // classes of sizes 3, 3, 3 → risk ⅓; the threshold 1/3 is met exactly
        assertTrue(new AverageReidentificationRisk(1.0 / 3).isSatisfied(stats(9, 9, 3, 0)));
    }

    @Test
    void averageRiskCountsOnlyRetainedRecords() {
        // 12 records, 2 suppressed: 5 classes over 10 retained = 0.5 (over all 12 it would be 0.4167)
        assertTrue(new AverageReidentificationRisk(0.5).isSatisfied(stats(12, 10, 5, 0)));
        assertFalse(new AverageReidentificationRisk(0.45).isSatisfied(stats(12, 10, 5, 0)));
    }

    @Test
    void averageRiskOfAnEmptyReleaseIsMet() {
        assertTrue(new AverageReidentificationRisk(0.01).isSatisfied(stats(5, 0, 0, 0)));
    }

    @Test
    void averageRiskWithinTheTolerance() {
        // 0.1 + 0.2 is 0.30000000000000004 in binary; 3 classes over 10 records compared with it and with 0.3
        assertTrue(new AverageReidentificationRisk(0.3).isSatisfied(stats(10, 10, 3, 0)));
        assertTrue(new AverageReidentificationRisk(0.1 + 0.2).isSatisfied(stats(10, 10, 3, 0)));
        // 0.3 · (1 − 1e-8) is beyond the 1e-9 tolerance
        assertFalse(new AverageReidentificationRisk(0.3 * (1 - 1e-8)).isSatisfied(stats(10, 10, 3, 0)));
    }

    @Test
    void sampleUniquenessIsUniquesOverAllRecordsWithTheThresholdInclusive() {
        // 2 unique records of N = 10: 0.2
        assertTrue(new SampleUniqueness(0.2).isSatisfied(stats(10, 10, 6, 2)));
        assertFalse(new SampleUniqueness(0.19).isSatisfied(stats(10, 10, 6, 2)));
        // the denominator is N, not the retained records: 2 / 10 even when 5 are suppressed (2 / 5 = 0.4)
        assertTrue(new SampleUniqueness(0.2).isSatisfied(stats(10, 5, 3, 2)));
    }

    @Test
    void sampleUniquenessZeroAllowsNoUniqueRecord() {
        assertTrue(new SampleUniqueness(0).isSatisfied(stats(10, 10, 3, 0)));
        assertFalse(new SampleUniqueness(0).isSatisfied(stats(10, 10, 4, 1)));
    }

    @Test
    void describeThemselvesAndTheirSources() {
        AverageReidentificationRisk risk = new AverageReidentificationRisk(0.2);
        assertEquals("average re-identification risk ≤ 0.2", risk.description());
        assertTrue(risk.citation().contains("El Emam") && risk.citation().contains("2008"), risk.citation());
        assertTrue(risk.sensitiveAttribute().isEmpty());
        SampleUniqueness uniqueness = new SampleUniqueness(0.05);
        assertEquals("sample uniqueness ≤ 0.05", uniqueness.description());
        assertTrue(uniqueness.citation().contains("Dankar") && uniqueness.citation().contains("2012"),
                uniqueness.citation());
        assertEquals("sample uniqueness ≤ 1", new SampleUniqueness(1).toString());
    }
}
