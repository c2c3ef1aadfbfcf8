package org.veil.engine.metric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veil.engine.classes.ClassTable;
import org.veil.engine.classes.ClassTables;
import org.veil.engine.classes.EncodedInput;
import org.veil.engine.classes.TinyInputs;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.privacy.KAnonymity;
import org.veil.engine.search.Anonymization;
import org.veil.engine.search.AnonymizationConfig;
import org.veil.engine.search.Evaluation;
import org.veil.engine.search.QuasiIdentifier;

/**
 * Every metric on eight records with two quasi-identifiers, at several transformations, with and
 * without suppression, against hand computations.
 *
 * <pre>
 * record  age  sex      age hierarchy (height 2, 5 rows)   sex hierarchy (height 1, 2 rows)
 * r1      20   M        20 → 20-29 → *                     M → *
 * r2      20   M        25 → 20-29 → *                     F → *
 * r3      25   M        30 → 30-39 → *
 * r4      25   F        35 → 30-39 → *
 * r5      30   F        40 → 40-49 → *   (not in the data)
 * r6      30   F
 * r7      35   M
 * r8      35   F
 * </pre>
 *
 * Input counts: age 20, 25, 30, 35 twice each; sex M and F four times each. N = 8, cells = 16.
 * Loss per cell: age 20-29 → (2 − 1)/(5 − 1) = ¼, age * → (5 − 1)/4 = 1, sex * → (2 − 1)/(2 − 1) = 1.
 */
class MetricValuesTest {

    private static final Dataset DATA = TinyInputs.dataset("age;sex",
            "20;M", "20;M", "25;M", "25;F", "30;F", "30;F", "35;M", "35;F");

    private static Hierarchy age() throws HierarchyException {
        return TinyInputs.hierarchy("20;20-29;*", "25;20-29;*", "30;30-39;*", "35;30-39;*", "40;40-49;*");
    }

    private static Hierarchy sex() throws HierarchyException {
        return TinyInputs.hierarchy("M;*", "F;*");
    }

    /** The evaluation of a transformation under k-anonymity with any suppression allowed. */
    private static Evaluation evaluate(Metric metric, int k, int ageLevel, int sexLevel) throws HierarchyException {
        AnonymizationConfig config = new AnonymizationConfig(
                List.of(new QuasiIdentifier("age", age()), new QuasiIdentifier("sex", sex())), Set.of(),
                List.of(new KAnonymity(k)), 1.0, metric);
        Anonymization anonymization = Anonymization.prepare(DATA, config);
        return anonymization.apply(anonymization.lattice().index(new int[] {ageLevel, sexLevel})).evaluation();
    }

    private static double value(String metric, int k, int ageLevel, int sexLevel) throws HierarchyException {
        return evaluate(Metric.named(metric), k, ageLevel, sexLevel).metricValue();
    }

    private static EncodedInput input() throws HierarchyException {
        return TinyInputs.input(DATA, List.of("age", "sex"), List.of(age(), sex()), List.of());
    }

    // ---- (0,0) without suppression: classes (20,M) 2, (25,M) 1, (25,F) 1, (30,F) 2, (35,M) 1, (35,F) 1 ----

    @Test
    void theOriginalDataWithoutSuppression() throws HierarchyException {
        assertEquals(0, evaluate(new Loss(), 1, 0, 0).suppressedRecords());
        assertEquals(0.0, value("loss", 1, 0, 0), 1e-12);
        assertEquals(0.0, value("entropy", 1, 0, 0), 1e-12);
        assertEquals(0.0, value("entropy-nm", 1, 0, 0), 1e-12);
        // 2² + 1 + 1 + 2² + 1 + 1 = 12
        assertEquals(12.0, value("discernibility", 1, 0, 0), 1e-12);
        // 8 / 6 classes
        assertEquals(8.0 / 6, value("aecs", 1, 0, 0), 1e-12);
        assertEquals(0.0, value("precision", 1, 0, 0), 1e-12);
        assertEquals(0.0, value("height", 1, 0, 0), 1e-12);
    }

    // ---- (0,0) with 2-anonymity: the four single records r3, r4, r7, r8 are suppressed ----

    @Test
    void theOriginalDataWithFourRecordsSuppressed() throws HierarchyException {
        assertEquals(4, evaluate(new Loss(), 2, 0, 0).suppressedRecords());
        // kept cells lose 0; 4 suppressed records × 2 cells × 1 = 8; 8 / 16
        assertEquals(0.5, value("loss", 2, 0, 0), 1e-12);
        // monotonic: suppression not charged, level 0 loses nothing
        assertEquals(0.0, value("entropy", 2, 0, 0), 1e-12);
        // non-monotonic, R = {r3, r4, r7, r8}, |R| = 4:
        //   age: 25 ×2, 35 ×2 → −(2 log2 2/4 + 2 log2 2/4) = 2 + 2 = 4
        //   sex: M ×2 (r3, r7), F ×2 (r4, r8) → 4;   total 8
        assertEquals(8.0, value("entropy-nm", 2, 0, 0), 1e-12);
        // kept (20,M) and (30,F): 2² + 2²; suppressed 4 × N = 32; total 40
        assertEquals(40.0, value("discernibility", 2, 0, 0), 1e-12);
        // 8 / (2 kept classes + 1 for the suppressed)
        assertEquals(8.0 / 3, value("aecs", 2, 0, 0), 1e-12);
        // kept cells level 0 → 0; suppressed cells 1: (4 · 0 + 4 · 1) / 8
        assertEquals(0.5, value("precision", 2, 0, 0), 1e-12);
        assertEquals(0.0, value("height", 2, 0, 0), 1e-12);
    }

    // ---- (1,0) with 2-anonymity: (20-29,M) 3, (20-29,F) 1 = r4, (30-39,F) 3, (30-39,M) 1 = r7 ----

    @Test
    void ageGeneralizedOnceWithTwoRecordsSuppressed() throws HierarchyException {
        assertEquals(2, evaluate(new Loss(), 2, 1, 0).suppressedRecords());
        // kept 6 records × (¼ + 0) = 1.5; suppressed 2 × 2 cells = 4; (1.5 + 4) / 16 = 0.34375
        assertEquals(0.34375, value("loss", 2, 1, 0), 1e-12);
        // age at level 1: every record −log2(2/4) = 1 bit, 8 records → 8; sex at level 0 → 0
        assertEquals(8.0, value("entropy", 2, 1, 0), 1e-12);
        // plus R = {r4 (20-29, F), r7 (30-39, M)}: age −2 · (1 · log2 ½) = 2, sex 2 → 8 + 4 = 12
        assertEquals(12.0, value("entropy-nm", 2, 1, 0), 1e-12);
        // 3² + 3² + 8 · 2 = 34
        assertEquals(34.0, value("discernibility", 2, 1, 0), 1e-12);
        // 8 / (2 + 1)
        assertEquals(8.0 / 3, value("aecs", 2, 1, 0), 1e-12);
        // kept share (1/2 + 0/1) / 2 = ¼: (6 · ¼ + 2) / 8 = 0.4375
        assertEquals(0.4375, value("precision", 2, 1, 0), 1e-12);
        assertEquals(1.0, value("height", 2, 1, 0), 1e-12);
    }

    // ---- (1,1): (20-29,*) 4, (30-39,*) 4, nothing suppressed ----

    @Test
    void bothGeneralizedWithoutSuppression() throws HierarchyException {
        assertEquals(0, evaluate(new Loss(), 2, 1, 1).suppressedRecords());
        // per record ¼ + 1 = 1.25; 8 · 1.25 / 16 = 0.625
        assertEquals(0.625, value("loss", 2, 1, 1), 1e-12);
        // age 8 · 1 bit + sex 8 · −log2(4/8) = 8 → 16; nothing suppressed, both variants agree
        assertEquals(16.0, value("entropy", 2, 1, 1), 1e-12);
        assertEquals(16.0, value("entropy-nm", 2, 1, 1), 1e-12);
        assertEquals(32.0, value("discernibility", 2, 1, 1), 1e-12);
        assertEquals(4.0, value("aecs", 2, 1, 1), 1e-12);
        // (1/2 + 1/1) / 2
        assertEquals(0.75, value("precision", 2, 1, 1), 1e-12);
        assertEquals(2.0, value("height", 2, 1, 1), 1e-12);
    }

    // ---- (2,0): (*,M) 4, (*,F) 4 ----

    @Test
    void ageFullyGeneralized() throws HierarchyException {
        // age * stands for all 5 leaves: (5 − 1)/4 = 1 per record; 8 / 16
        assertEquals(0.5, value("loss", 2, 2, 0), 1e-12);
        // every record −log2(2/8) = 2 bits → 16
        assertEquals(16.0, value("entropy", 2, 2, 0), 1e-12);
        assertEquals(32.0, value("discernibility", 2, 2, 0), 1e-12);
        // (2/2 + 0) / 2
        assertEquals(0.5, value("precision", 2, 2, 0), 1e-12);
        assertEquals(2.0, value("height", 2, 2, 0), 1e-12);
    }

    // ---- (0,1) with 3-anonymity: four classes of 2, all suppressed ----

    @Test
    void everyRecordSuppressed() throws HierarchyException {
        assertEquals(8, evaluate(new Loss(), 3, 0, 1).suppressedRecords());
        assertEquals(1.0, value("loss", 3, 0, 1), 1e-12);
        // monotonic part: sex at level 1, 8 · 1 bit = 8
        assertEquals(8.0, value("entropy", 3, 0, 1), 1e-12);
        // R = all 8: age at level 0: 4 values × −2 log2(2/8) = 4 · 4 = 16; sex at level 1: one value *, 0
        assertEquals(24.0, value("entropy-nm", 3, 0, 1), 1e-12);
        // 8 · 8
        assertEquals(64.0, value("discernibility", 3, 0, 1), 1e-12);
        // 8 / (0 + 1)
        assertEquals(8.0, value("aecs", 3, 0, 1), 1e-12);
        assertEquals(1.0, value("precision", 3, 0, 1), 1e-12);
        assertEquals(1.0, value("height", 3, 0, 1), 1e-12);
    }

    @Test
    void theTop() throws HierarchyException {
        assertEquals(1.0, value("loss", 1, 2, 1), 1e-12);
        // 16 + 8
        assertEquals(24.0, value("entropy", 1, 2, 1), 1e-12);
        assertEquals(64.0, value("discernibility", 1, 2, 1), 1e-12);
        assertEquals(8.0, value("aecs", 1, 2, 1), 1e-12);
        assertEquals(1.0, value("precision", 1, 2, 1), 1e-12);
        assertEquals(3.0, value("height", 1, 2, 1), 1e-12);
    }

    @Test
    void nonUniformEntropyWeighsEachRecordByTheFrequencyOfItsValue() throws HierarchyException {
        // age 20 ×3, 25 ×1, 30 ×2; hierarchy 20, 25 → 20-29, 30 → 30-39, then *
        Dataset data = TinyInputs.dataset("age", "20", "25", "20", "30", "20", "30");
        EncodedInput input = TinyInputs.input(data, List.of("age"),
                List.of(TinyInputs.hierarchy("20;20-29;*", "25;20-29;*", "30;30-39;*")), List.of());
        PreparedMetric entropy = new NonUniformEntropy(false).prepare(input);
        // level 1: 3 · log2(4/3) + 1 · log2(4/1) + 2 · log2(2/2) = 1.245112 + 2 + 0 = 3.245112
        assertEquals(3 * log2(4.0 / 3) + 2, entropy.lowerBound(new int[] {1}), 1e-12);
        assertEquals(3.2451125, entropy.lowerBound(new int[] {1}), 1e-6);
        // level 2: 3 · log2(6/3) + log2(6) + 2 · log2(6/2) = 3 + 2.584963 + 3.169925 = 8.754888
        assertEquals(3 + log2(6) + 2 * log2(3), entropy.lowerBound(new int[] {2}), 1e-12);
        assertEquals(0.0, entropy.lowerBound(new int[] {0}));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @Test
    void lowerBoundsAndClassBoundsAtOneTransformation() throws HierarchyException {
        EncodedInput input = input();
        ClassTable table = ClassTables.rollUp(ClassTables.bottom(input).table(), new int[] {1, 0}, input).table();
        assertEquals(4, table.size());
        int[] levels = {1, 0};
        // loss as if nothing were suppressed: 8 · ¼ / 16
        assertEquals(0.125, new Loss().prepare(input).lowerBound(levels), 1e-12);
        assertEquals(8.0, new NonUniformEntropy(false).prepare(input).lowerBound(levels), 1e-12);
        assertEquals(8.0, new NonUniformEntropy(true).prepare(input).lowerBound(levels), 1e-12);
        // every record costs at least 1
        assertEquals(8.0, new Discernibility().prepare(input).lowerBound(levels), 1e-12);
        // classes (20-29,M) 3, (20-29,F) 1, (30-39,F) 3, (30-39,M) 1: 9 + 1 + 9 + 1 = 20 ≤ 34
        assertEquals(20.0, new Discernibility().prepare(input).classBound(table), 1e-12);
        assertEquals(1.0, new AverageClassSize().prepare(input).lowerBound(levels), 1e-12);
        // N / classes = 8 / 4 ≤ 8/3
        assertEquals(2.0, new AverageClassSize().prepare(input).classBound(table), 1e-12);
        assertEquals(0.25, new Precision().prepare(input).lowerBound(levels), 1e-12);
        assertEquals(1.0, new Height().prepare(input).lowerBound(levels), 1e-12);
        assertEquals(Double.NEGATIVE_INFINITY, new Loss().prepare(input).classBound(table));
    }

    @Test
    void theValueOfAnExplicitSuppression() throws HierarchyException {
        EncodedInput input = input();
        ClassTable table = ClassTables.rollUp(ClassTables.bottom(input).table(), new int[] {1, 0}, input).table();
        // suppress (20-29,M), 3 records, keep the rest
        boolean[] suppressed = {true, false, false, false};
        // loss: kept 5 records × ¼ = 1.25, suppressed 3 × 2 = 6 → 7.25 / 16
        assertEquals(7.25 / 16, new Loss().prepare(input).value(table, suppressed, 3), 1e-12);
        // discernibility: 1 + 9 + 1 + 8 · 3 = 35
        assertEquals(35.0, new Discernibility().prepare(input).value(table, suppressed, 3), 1e-12);
        // aecs: 8 / (3 + 1)
        assertEquals(2.0, new AverageClassSize().prepare(input).value(table, suppressed, 3), 1e-12);
        // non-monotonic entropy: 8 + R = r1 r2 r3, all 20-29 and M → 0 + 0
        assertEquals(8.0, new NonUniformEntropy(true).prepare(input).value(table, suppressed, 3), 1e-12);
        // precision: (5 · ¼ + 3) / 8
        assertEquals(4.25 / 8, new Precision().prepare(input).value(table, suppressed, 3), 1e-12);
    }

    @Test
    void metricsByName() {
        assertTrue(Metric.named("loss") instanceof Loss);
        assertEquals("entropy", Metric.named("entropy").name());
        assertEquals("entropy-nm", Metric.named("entropy-nm").name());
        assertEquals("discernibility", Metric.named("discernibility").name());
        assertEquals("aecs", Metric.named("aecs").name());
        assertEquals("precision", Metric.named("precision").name());
        assertEquals("height", Metric.named("height").name());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Metric.named("gain"));
        assertEquals("unknown metric 'gain'; use loss, entropy, entropy-nm, discernibility, aecs, precision or height",
                e.getMessage());
    }

    @Test
    void onlyMetricsThatChargeClassesOrSuppressionNeedTheClasses() throws HierarchyException {
        EncodedInput input = input();
        assertFalse(new Height().prepare(input).dependsOnClasses());
        assertFalse(new NonUniformEntropy(false).prepare(input).dependsOnClasses());
        assertTrue(new NonUniformEntropy(true).prepare(input).dependsOnClasses());
        assertTrue(new Loss().prepare(input).dependsOnClasses());
        assertTrue(new Discernibility().prepare(input).dependsOnClasses());
        assertArrayEquals(new int[] {2, 1}, input.heights());
    }
}
