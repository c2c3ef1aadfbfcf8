package org.veil.engine.risk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.veil.engine.classes.ClassTable;
import org.veil.engine.classes.ClassTables;
import org.veil.engine.classes.TinyInputs;
import org.veil.engine.hierarchy.HierarchyException;

class RiskProfileTest {

    private static final double EPS = 1e-12;

    /** Classes of 1, 2, 2 and 5 released records, 3 suppressed: n = 10 released, 13 in all. */
    private static final ClassSizes CLASSES = new ClassSizes(new int[] {5, 1, 2, 2}, 3);

    @Test
    void prosecutorRiskIsOneOverTheClassSize() {
        AttackerRisk risk = RiskProfile.of(CLASSES, 0.2).prosecutor();
        assertEquals(0.2, risk.lowest(), EPS, "1 / 5");
        assertEquals(0.4, risk.average(), EPS, "4 classes / 10 released records");
        assertEquals(1.0, risk.highest(), EPS, "1 / 1");
        assertEquals(5, risk.recordsAtRisk(), "1 + 2 + 2 records at 1, 1/2, 1/2 > 0.2; 1/5 is not above 0.2");
        assertEquals(0.4, risk.successRate(), EPS, "the prosecutor's success rate is the average risk");
    }

    @Test
    void journalistRiskWithAnEstimatedPopulationScalesTheClassesByTheFraction() {
        // f = 0.5: F = 1/0.5, 2/0.5, 2/0.5, 5/0.5 = 2, 4, 4, 10; risks 1/2, 1/4, 1/4, 1/10.
        RiskProfile profile = RiskProfile.of(CLASSES, Population.sampled(0.5), 0.2);
        AttackerRisk risk = profile.journalist();
        assertEquals(0.1, risk.lowest(), EPS);
        assertEquals(0.5, risk.highest(), EPS);
        // (1/10)(1·1/2 + 2·1/4 + 2·1/4 + 5·1/10) = (0.5 + 0.5 + 0.5 + 0.5) / 10
        assertEquals(0.2, risk.average(), EPS);
        assertEquals(5, risk.recordsAtRisk(), "1/2 and 1/4 exceed 0.2: 1 + 2 + 2 records");
        // max(4 classes / ΣF = 4/20, average 0.2)
        assertEquals(0.2, risk.successRate(), EPS);
        assertEquals(0.2, profile.marketerAverage(), EPS, "(1/n) Σ |E|/F_E, the same sum");
    }

    @Test
    void journalistRiskFromAPopulationTable() {
        // (|E|, F_E): (1, 3), (2, 2), (2, 8), (5, 5); risks 1/3, 1/2, 1/8, 1/5.
        Population census = Population.table(new int[] {2, 5, 1, 2}, new long[] {8, 5, 3, 2});
        RiskProfile profile = RiskProfile.of(CLASSES, census, 0.2);
        AttackerRisk risk = profile.journalist();
        assertEquals(0.125, risk.lowest(), EPS, "1 / 8");
        assertEquals(0.5, risk.highest(), EPS, "1 / 2");
        // (1/10)(1/3 + 2/2 + 2/8 + 5/5) = (1/10)(31/12)
        assertEquals(31 / 120.0, risk.average(), EPS);
        assertEquals(3, risk.recordsAtRisk(), "1/3 (1 record) and 1/2 (2 records); 1/8 and 1/5 are not above 0.2");
        // max(4 / (3 + 2 + 8 + 5) = 4/18, 31/120 ≈ 0.258)
        assertEquals(31 / 120.0, risk.successRate(), EPS);
        assertEquals(31 / 120.0, profile.marketerAverage(), EPS);
        // f implied: 10 released records / 18 people
        assertEquals(10 / 18.0, census.samplingFraction(CLASSES), EPS);
    }

    @Test
    void journalistSuccessIsOneMatchPerClassWhenThatBeatsMatchingEveryRecord() {
        // (|E|, F_E): (1, 2), (9, 9). Classes / ΣF = 2/11; average (1/10)(1/2 + 9/9) = 0.15.
        RiskProfile profile = RiskProfile.of(new ClassSizes(new int[] {1, 9}, 0),
                Population.table(new int[] {1, 9}, new long[] {2, 9}), 0.2);
        assertEquals(0.15, profile.journalist().average(), EPS);
        assertEquals(2 / 11.0, profile.journalist().successRate(), EPS);
        assertEquals(1, profile.journalist().recordsAtRisk(), "only the class at 1/2");
        assertEquals(0.15, profile.marketerAverage(), EPS);
    }

    @Test
    void withoutPopulationTheJournalistIsTheProsecutorAndTheMarketerClassesOverRecords() {
        RiskProfile profile = RiskProfile.of(CLASSES, 0.2);
        assertEquals(profile.prosecutor(), profile.journalist());
        assertEquals(profile.prosecutor(), RiskProfile.of(CLASSES, Population.sampled(1), 0.2).journalist());
        assertEquals(0.4, profile.marketerAverage(), EPS, "4 classes / 10 released records");
    }

    @Test
    void aPopulationSizeGivesTheFractionOfAllRecordsSuppressedIncluded() {
        // 13 records of 26 people: f = 0.5, as above
        Population people = Population.ofSize(26);
        assertEquals(0.5, people.samplingFraction(CLASSES), EPS);
        assertEquals(RiskProfile.of(CLASSES, Population.sampled(0.5), 0.2).journalist(),
                RiskProfile.of(CLASSES, people, 0.2).journalist());
        assertEquals(RiskProfile.of(CLASSES, 0.2).journalist(), RiskProfile.of(CLASSES, Population.ofSize(13), 0.2)
                .journalist(), "the whole population sampled: f = 1");
    }

    @Test
    void countsUniquesAndTheClassSizeDistribution() {
        RiskProfile profile = RiskProfile.of(CLASSES, 0.2);
        assertEquals(1, profile.sampleUniques());
        assertEquals(new TreeMap<>(Map.of(1, 1, 2, 2, 5, 1)), profile.classSizeDistribution());
    }

    @Test
    void histogramsRecordsByRiskBin() {
        // prosecutor, 10 bins: size 1 → risk 1 → last bin; size 2 → 0.5 → bin 5;
        // size 5 → 0.2 → bin 2 (its lower edge)
        RiskProfile profile = RiskProfile.of(CLASSES, Population.table(new int[] {1, 2, 2, 5},
                new long[] {3, 2, 8, 5}), 0.2);
        assertArrayEquals(new int[] {0, 0, 5, 0, 0, 4, 0, 0, 0, 1}, profile.recordRiskHistogram(10));
        // journalist: 1/3 → bin 3 (1 record); 1/2 → bin 5 (2); 1/8 → bin 1 (2); 1/5 → bin 2 (5)
        assertArrayEquals(new int[] {0, 2, 5, 1, 0, 2, 0, 0, 0, 0}, profile.journalistRiskHistogram(10));
        assertArrayEquals(new int[] {10}, profile.recordRiskHistogram(1));
        assertThrows(IllegalArgumentException.class, () -> profile.recordRiskHistogram(0));
    }

    @Test
    void releasingNothingMeansNoRisk() {
        for (ClassSizes nothing : new ClassSizes[] {new ClassSizes(new int[0], 0), new ClassSizes(new int[0], 7)}) {
            for (Population population : new Population[] {Population.SAMPLE, Population.sampled(0.1),
                Population.ofSize(100), Population.table(new int[0], new long[0])}) {
                RiskProfile profile = RiskProfile.of(nothing, population, 0.2);
                assertEquals(AttackerRisk.NONE, profile.prosecutor());
                assertEquals(AttackerRisk.NONE, profile.journalist());
                assertEquals(0, profile.marketerAverage());
                assertEquals(0, profile.sampleUniques());
                assertTrue(profile.classSizeDistribution().isEmpty());
                assertArrayEquals(new int[10], profile.recordRiskHistogram(10));
                assertArrayEquals(new int[10], profile.journalistRiskHistogram(10));
            }
        }
    }

    @Test
    void aPopulationTableIndexedLikeTheClassTableSkipsSuppressedClasses() throws HierarchyException {
        // classes A (2 records) and B (1), B suppressed
        ClassTable table = ClassTables.bottom(TinyInputs.classes("A:x", "A:y", "B:x")).table();
        ClassSizes classes = ClassSizes.of(table, new boolean[] {false, true});
        RiskProfile profile = RiskProfile.of(classes, Population.table(table, new boolean[] {false, true},
                new long[] {4, 1}), 0.2);
        assertEquals(0.25, profile.journalist().highest(), EPS, "A: 1 / 4");
        assertEquals(0.25, profile.journalist().average(), EPS, "(1/2)(2/4)");
    }

    @Test
    void rejectsInconsistentPopulationsAndThresholds() {
        assertThrows(IllegalArgumentException.class, () -> Population.sampled(0));
        assertThrows(IllegalArgumentException.class, () -> Population.sampled(1.5));
        assertThrows(IllegalArgumentException.class, () -> Population.sampled(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Population.ofSize(0));
        assertThrows(IllegalArgumentException.class, () -> Population.table(new int[] {3}, new long[] {2}),
                "a class cannot be larger in the sample than in the population");
        assertThrows(IllegalArgumentException.class, () -> Population.table(new int[] {3}, new long[] {3, 4}));
        assertThrows(IllegalArgumentException.class, () -> RiskProfile.of(CLASSES, Population.ofSize(12), 0.2),
                "12 people cannot hold 13 records");
        assertThrows(IllegalArgumentException.class, () -> RiskProfile.of(CLASSES,
                Population.table(new int[] {1, 2, 3, 5}, new long[] {9, 9, 9, 9}), 0.2),
                "sizes differ from the data's");
        assertThrows(IllegalArgumentException.class, () -> RiskProfile.of(CLASSES,
                Population.table(new int[] {1, 2}, new long[] {9, 9}), 0.2), "class count differs");
        assertThrows(IllegalArgumentException.class, () -> RiskProfile.of(CLASSES, -0.1));
        assertThrows(IllegalArgumentException.class, () -> RiskProfile.of(CLASSES, Double.NaN));
    }
}
