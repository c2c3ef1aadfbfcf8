package org.veil.engine.utility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veil.engine.classes.TinyInputs;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.metric.Metric;
import org.veil.engine.privacy.KAnonymity;
import org.veil.engine.search.Anonymization;
import org.veil.engine.search.AnonymizationConfig;
import org.veil.engine.search.QuasiIdentifier;
import org.veil.engine.search.Transformed;

/**
 * Per-attribute utility on the eight records of the metric tests (MetricValuesTest):
 *
 * <pre>
 * record  age  sex      age hierarchy (height 2, 5 rows)   sex hierarchy (height 1)
 * r1      20   M        20 → 20-29 → *                     M → *
 * r2      20   M        25 → 20-29 → *                     F → *
 * r3      25   M        30 → 30-39 → *
 * r4      25   F        35 → 30-39 → *
 * r5      30   F        40 → 40-49 → *   (not in the data)
 * r6      30   F
 * r7      35   M
 * r8      35   F
 * </pre>
 */
class AttributeUtilityTest {

    static final Dataset DATA = TinyInputs.dataset("id;age;sex;city",
            "1;20;M;A", "2;20;M;B", "3;25;M;A", "4;25;F;B", "5;30;F;A", "6;30;F;B", "7;35;M;A", "8;35;F;B");

    static Hierarchy age() throws HierarchyException {
        return TinyInputs.hierarchy("20;20-29;*", "25;20-29;*", "30;30-39;*", "35;30-39;*", "40;40-49;*");
    }

    static Hierarchy sex() throws HierarchyException {
        return TinyInputs.hierarchy("M;*", "F;*");
    }

    static AnonymizationConfig config(int k, String metric) throws HierarchyException {
        return new AnonymizationConfig(List.of(new QuasiIdentifier("age", age()), new QuasiIdentifier("sex", sex())),
                Set.of("id"), List.of(new KAnonymity(k)), 1.0, Metric.named(metric));
    }

    static Transformed apply(AnonymizationConfig config, int ageLevel, int sexLevel) throws HierarchyException {
        Anonymization anonymization = Anonymization.prepare(DATA, config);
        return anonymization.apply(anonymization.lattice().index(new int[] {ageLevel, sexLevel}));
    }

    @Test
    void ageGeneralizedOnceWithTwoRecordsSuppressed() throws HierarchyException {
        // (1,0) under 2-anonymity: (20-29,M) 3, (20-29,F) 1 = r4, (30-39,F) 3, (30-39,M) 1 = r7; r4, r7 suppressed
        AnonymizationConfig config = config(2, "loss");
        List<AttributeUtility> utility = AttributeUtility.of(DATA, config, apply(config, 1, 0));
        assertEquals(2, utility.size());

        AttributeUtility age = utility.get(0);
        assertEquals("age", age.attribute());
        assertEquals(1, age.level());
        assertEquals(2, age.height());
        assertEquals(0.5, age.generalizationIntensity(), 1e-12); // 1 / 2
        assertEquals(4, age.distinctBefore()); // 20, 25, 30, 35
        assertEquals(2, age.distinctAfter()); // 20-29, 30-39
        assertEquals(1.0, age.mergedValueShare(), 1e-12); // all four share their interval with another
        assertEquals(8, age.records());
        assertEquals(2, age.suppressedCells());
        assertEquals(0, age.missingCells());
        assertEquals(0.25, age.suppressedShare(), 1e-12); // 2 / 8
        assertEquals(0.25, age.missingOrSuppressedShare(), 1e-12);
        // every record −log2(2/4) = 1 bit → 8
        assertEquals(8.0, age.nonUniformEntropy(), 1e-12);
        // + suppressed R = {r4 → 20-29, r7 → 30-39}: −(1·log2 ½ + 1·log2 ½) = 2 → 10
        assertEquals(10.0, age.nonUniformEntropyWithSuppression(), 1e-12);
        // 6 kept × ¼ + 2 suppressed × 1 = 3.5; 3.5 / 8
        assertEquals(0.4375, age.loss(), 1e-12);

        AttributeUtility sex = utility.get(1);
        assertEquals(0, sex.level());
        assertEquals(0.0, sex.generalizationIntensity(), 1e-12);
        assertEquals(2, sex.distinctBefore());
        assertEquals(2, sex.distinctAfter());
        assertEquals(0.0, sex.mergedValueShare(), 1e-12);
        assertEquals(2, sex.suppressedCells());
        assertEquals(0.0, sex.nonUniformEntropy(), 1e-12);
        // R: F (r4), M (r7) → 2 bits
        assertEquals(2.0, sex.nonUniformEntropyWithSuppression(), 1e-12);
        // 2 suppressed cells / 8
        assertEquals(0.25, sex.loss(), 1e-12);
    }

    @Test
    void addsUpToTheWholeDataMetrics() throws HierarchyException {
        for (int[] levels : new int[][] {{0, 0}, {1, 0}, {1, 1}, {2, 0}, {0, 1}, {2, 1}}) {
            for (int k : new int[] {1, 2, 3}) {
                List<AttributeUtility> utility = AttributeUtility.of(DATA, config(k, "loss"),
                        apply(config(k, "loss"), levels[0], levels[1]));
                double loss = apply(config(k, "loss"), levels[0], levels[1]).evaluation().metricValue();
                double entropy = apply(config(k, "entropy"), levels[0], levels[1]).evaluation().metricValue();
                double entropyNm = apply(config(k, "entropy-nm"), levels[0], levels[1]).evaluation().metricValue();
                String where = "levels " + levels[0] + "," + levels[1] + " k " + k;
                assertEquals(loss, (utility.get(0).loss() + utility.get(1).loss()) / 2, 1e-12, where);
                assertEquals(entropy, utility.get(0).nonUniformEntropy() + utility.get(1).nonUniformEntropy(), 1e-9,
                        where);
                assertEquals(entropyNm, utility.get(0).nonUniformEntropyWithSuppression()
                        + utility.get(1).nonUniformEntropyWithSuppression(), 1e-9, where);
            }
        }
    }

    @Test
    void everyRecordSuppressed() throws HierarchyException {
        // (0,1) under 3-anonymity: four classes of 2, all suppressed
        AnonymizationConfig config = config(3, "loss");
        List<AttributeUtility> utility = AttributeUtility.of(DATA, config, apply(config, 0, 1));
        AttributeUtility age = utility.get(0);
        assertEquals(8, age.suppressedCells());
        assertEquals(1.0, age.suppressedShare(), 1e-12);
        assertEquals(1.0, age.loss(), 1e-12);
        // level 0: nothing lost by generalization; R = all 8: 4 values × −2 log2(2/8) = 16
        assertEquals(0.0, age.nonUniformEntropy(), 1e-12);
        assertEquals(16.0, age.nonUniformEntropyWithSuppression(), 1e-12);
        // sex at level 1 is * anyway: 8 bits, suppression adds −8 log2(8/8) = 0
        AttributeUtility sex = utility.get(1);
        assertEquals(1.0, sex.generalizationIntensity(), 1e-12);
        assertEquals(1, sex.distinctAfter());
        assertEquals(1.0, sex.mergedValueShare(), 1e-12);
        assertEquals(8.0, sex.nonUniformEntropy(), 1e-12);
        assertEquals(8.0, sex.nonUniformEntropyWithSuppression(), 1e-12);
    }

    @Test
    void countsMissingCellsAndMergesOnlyValuesPresent() throws HierarchyException {
        // age: 20, 25, 30, missing, 40; hierarchy 20, 25 → 20-29; 30, 35 → 30-39; 40 → 40-49; missing "" → ?
        Dataset input = TinyInputs.dataset("age", "20", "25", "30", "", "40");
        Hierarchy age = TinyInputs.hierarchy("20;20-29;*", "25;20-29;*", "30;30-39;*", "35;30-39;*",
                "40;40-49;*", ";?;*");
        // Level 1 released as it is; the second level-0 release suppresses the record with 40.
        Dataset level1 = TinyInputs.dataset("age", "20-29", "20-29", "30-39", "?", "40-49");
        Dataset level0 = TinyInputs.dataset("age", "20", "25", "30", "", "*");

        AttributeUtility one = AttributeUtility.of(input, level1, Map.of("age", age), Map.of("age", 1)).get(0);
        assertEquals(4, one.distinctBefore()); // 20, 25, 30, 40 (missing not counted)
        assertEquals(3, one.distinctAfter()); // 20-29, 30-39, 40-49
        // only 20 and 25 share their interval with a value present (35 is not in the data): 2 / 4
        assertEquals(0.5, one.mergedValueShare(), 1e-12);
        assertEquals(0, one.missingCells()); // the missing value is released as "?"
        assertEquals(0, one.suppressedCells());
        // loss per cell: 20-29 (2−1)/5, 30-39 (2−1)/5, 40-49 0, ? 0 → (1/5 + 1/5 + 1/5) / 5 = 0.12
        assertEquals(0.12, one.loss(), 1e-12);
        // 20, 25: −log2(1/2) each; 30: its group 30-39 holds only 30 in the data → 0 → 2 bits
        assertEquals(2.0, one.nonUniformEntropy(), 1e-12);

        AttributeUtility zero = AttributeUtility.of(input, level0, Map.of("age", age), Map.of("age", 0)).get(0);
        assertEquals(1, zero.missingCells()); // the empty value
        assertEquals(1, zero.suppressedCells()); // 40 → *
        assertEquals(0.4, zero.missingOrSuppressedShare(), 1e-12); // 2 / 5
        assertEquals(0.2, zero.loss(), 1e-12); // 1 / 5
    }

    @Test
    void rejectsAnOutputThatIsNotTheTransformation() throws HierarchyException {
        Dataset output = TinyInputs.dataset("age;sex", "20-29;M", "20-29;M", "20-29;M", "20-29;F", "30-39;F",
                "30-39;F", "30-39;M", "30-39;F");
        Map<String, Hierarchy> qis = new LinkedHashMap<>();
        qis.put("age", age());
        qis.put("sex", sex());
        assertEquals(2, AttributeUtility.of(DATA, output, qis, Map.of("age", 1, "sex", 0)).size());
        assertThrows(IllegalArgumentException.class,
                () -> AttributeUtility.of(DATA, output, qis, Map.of("age", 2, "sex", 0)));
        assertThrows(IllegalArgumentException.class, () -> AttributeUtility.of(DATA, output, qis, Map.of("age", 1)));
    }
}
