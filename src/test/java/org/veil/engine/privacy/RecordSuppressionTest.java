package org.veil.engine.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veil.engine.classes.TinyInputs;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.metric.Discernibility;
import org.veil.engine.search.Anonymization;
import org.veil.engine.search.AnonymizationConfig;
import org.veil.engine.search.QuasiIdentifier;
import org.veil.engine.search.Transformed;

/**
 * How the evaluator suppresses records, seen through {@link Anonymization#apply}: first the classes
 * violating a class-level model, then, while a dataset-level model is not met, whole classes,
 * smallest first, equal sizes in the order of each class's first record.
 */
class RecordSuppressionTest {

    /**
     * Nine records of one quasi-identifier q (flat hierarchy, so level 0 keeps the values). Classes
     * by first record: m (rows 0, 2), k (row 1), c (row 3), x (rows 4, 5, 7), a (rows 6, 8): sizes
     * 2, 1, 1, 3, 2. The labels are chosen so that alphabetical order (a, c, k, m, x) differs from
     * first-record order.
     */
    private static final Dataset DATA = TinyInputs.dataset("q;note",
            "m;r0", "k;r1", "m;r2", "c;r3", "x;r4", "x;r5", "a;r6", "x;r7", "a;r8");

    private static Transformed bottom(double limit, PrivacyModel... models) throws HierarchyException {
        AnonymizationConfig config = new AnonymizationConfig(List.of(new QuasiIdentifier("q", TinyInputs.flat(DATA, "q"))),
                Set.of(), List.of(models), limit, new Discernibility());
        Anonymization anonymization = Anonymization.prepare(DATA, config);
        return anonymization.apply(anonymization.lattice().bottom());
    }

    private static List<String> released(Transformed transformed) {
        List<String> values = new ArrayList<>();
        for (int r = 0; r < transformed.output().rowCount(); r++) {
            values.add(transformed.output().column("q").value(r));
        }
        return values;
    }

    @Test
    void averageRiskSuppressesTheSmallestClassAndOfTwoEqualOnesTheOneSeenFirst() throws HierarchyException {
        // 5 classes / 9 records = 0.556 > 0.5. Smallest are k and c (1 record each); k's first
        // record (row 1) comes before c's (row 3): suppress k → 4 / 8 = 0.5 ≤ 0.5, stop.
        Transformed t = bottom(1, new AverageReidentificationRisk(0.5));
        assertArrayEquals(new boolean[] {false, true, false, false, false}, t.suppressed());
        assertEquals(1, t.evaluation().suppressedRecords());
        assertEquals(List.of("m", "*", "m", "c", "x", "x", "a", "x", "a"), released(t));
        assertEquals("r1", t.output().column("note").value(1), "columns other than quasi-identifiers are kept");
        assertTrue(t.evaluation().anonymous());
    }

    @Test
    void averageRiskSuppressesAsFewClassesAsNeeded() throws HierarchyException {
        // 0.45: k → 4/8 = 0.5 > 0.45; c → 3/7 = 0.4286 ≤ 0.45, stop (m, x, a kept)
        Transformed t = bottom(1, new AverageReidentificationRisk(0.45));
        assertArrayEquals(new boolean[] {false, true, true, false, false}, t.suppressed());
        assertEquals(2, t.evaluation().suppressedRecords());
        assertEquals(2, t.evaluation().suppressedClasses());
        assertEquals(3, t.evaluation().retainedClasses());
    }

    @Test
    void equalSizedLargerClassesAlsoGoInFirstRecordOrder() throws HierarchyException {
        // 0.4: after k and c, 3/7 = 0.4286 > 0.4; m and a both hold 2 records, m's first record
        // (row 0) comes before a's (row 6): suppress m → 2/5 = 0.4 ≤ 0.4, stop. a stays.
        Transformed t = bottom(1, new AverageReidentificationRisk(0.4));
        assertArrayEquals(new boolean[] {true, true, true, false, false}, t.suppressed());
        assertEquals(List.of("*", "*", "*", "*", "x", "x", "a", "x", "a"), released(t));
        // discernibility: kept x (3²) and a (2²), suppressed 4 records cost N = 9 each: 9 + 4 + 36 = 49
        assertEquals(49, t.evaluation().metricValue(), 1e-12);
    }

    @Test
    void suppressingEverythingMeetsAnyRisk() throws HierarchyException {
        // 0.3: after m, 2/5 = 0.4; a → 1/3 = 0.333 > 0.3; x → nothing retained, met
        Transformed t = bottom(1, new AverageReidentificationRisk(0.3));
        assertEquals(9, t.evaluation().suppressedRecords());
        assertEquals(List.of("*", "*", "*", "*", "*", "*", "*", "*", "*"), released(t));
    }

    @Test
    void theSuppressionLimitIsInclusive() throws HierarchyException {
        // risk 0.4 suppresses 4 of 9 records: within a limit of 4/9, beyond 0.44
        assertTrue(bottom(4.0 / 9, new AverageReidentificationRisk(0.4)).evaluation().anonymous());
        Transformed over = bottom(0.44, new AverageReidentificationRisk(0.4));
        assertFalse(over.evaluation().anonymous());
        assertEquals(4, over.evaluation().suppressedRecords(), "the suppression is still reported");
    }

    @Test
    void sampleUniquenessSuppressesUniqueRecordsInFirstRecordOrder() throws HierarchyException {
        // uniques k and c: 2/9 > 1/9; suppress k (row 1) → 1/9 ≤ 1/9, stop
        Transformed t = bottom(1, new SampleUniqueness(1.0 / 9));
        assertArrayEquals(new boolean[] {false, true, false, false, false}, t.suppressed());
        Transformed none = bottom(1, new SampleUniqueness(0));
        assertArrayEquals(new boolean[] {false, true, true, false, false}, none.suppressed());
    }

    @Test
    void classLevelModelsSuppressFirstAndDatasetLevelModelsSeeWhatRemains() throws HierarchyException {
        // 2-anonymity suppresses k and c; then 3 classes / 7 records = 0.4286 ≤ 0.43: no more
        Transformed t = bottom(1, new KAnonymity(2), new AverageReidentificationRisk(0.43));
        assertArrayEquals(new boolean[] {false, true, true, false, false}, t.suppressed());
        // with 0.4: then m (first of the two classes of 2) → 2/5 = 0.4
        Transformed more = bottom(1, new KAnonymity(2), new AverageReidentificationRisk(0.4));
        assertArrayEquals(new boolean[] {true, true, true, false, false}, more.suppressed());
    }

    @Test
    void everyViolatingClassOfAClassLevelModelIsSuppressed() throws HierarchyException {
        // 3-anonymity: only x (3 records) stays; 6 of 9 suppressed
        Transformed t = bottom(1, new KAnonymity(3));
        assertArrayEquals(new boolean[] {true, true, true, false, true}, t.suppressed());
        assertEquals(6, t.evaluation().suppressedRecords());
        assertEquals(List.of("*", "*", "*", "*", "x", "x", "*", "x", "*"), released(t));
        assertFalse(bottom(0.5, new KAnonymity(3)).evaluation().anonymous(), "6/9 > 0.5");
    }
}
