package org.veil.engine.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.veil.engine.hierarchy.HierarchyException;

/** Entropy ℓ-diversity: −Σ q ln q ≥ ln ℓ in every class, natural logarithms on both sides. */
class EntropyLDiversityTest {

    @Test
    void aClassWithThreeEquallyFrequentValuesSitsExactlyOnLogThreeAndSatisfies() throws HierarchyException {
        // H = −3 · (1/3 · ln 1/3) = ln 3: on the limit, accepted thanks to the tolerance
        ClassChecks l3 = ClassChecks.of(new EntropyLDiversity("s", 3), "A:x", "A:y", "A:z");
        assertTrue(l3.satisfies(0));
        assertFalse(ClassChecks.of(new EntropyLDiversity("s", 3.001), "A:x", "A:y", "A:z").satisfies(0));
    }

    @Test
    void aSkewedClassSitsOnTheLimitOfItsExponentiatedEntropy() throws HierarchyException {
        // x, x, y, z: H = −(½ ln ½ + 2 · ¼ ln ¼) = ½ ln 2 + ln 2 = 1.5 ln 2 = ln 2√2 ≈ 1.039721
        String[] records = {"A:x", "A:y", "A:x", "A:z"};
        assertTrue(ClassChecks.of(new EntropyLDiversity("s", Math.sqrt(8)), records).satisfies(0), "ℓ = 2√2 ≈ 2.8284");
        // ln 2.83 ≈ 1.040277 > 1.039721
        assertFalse(ClassChecks.of(new EntropyLDiversity("s", 2.83), records).satisfies(0));
        assertTrue(ClassChecks.of(new EntropyLDiversity("s", 2.82), records).satisfies(0));
    }

    @Test
    void aClassBelowTheLimitViolatesAndHasAMinimumViolatingShareFromConcavity() throws HierarchyException {
        // class A: x, x, x, y; H = −(¾ ln ¾ + ¼ ln ¼) = 0.215762 + 0.346574 = 0.562335 < ln 2 = 0.693147
        // class B: x, y: H = ln 2, satisfies
        ClassChecks l2 = ClassChecks.of(new EntropyLDiversity("s", 2), "A:x", "A:x", "B:x", "A:x", "A:y", "B:y");
        assertFalse(l2.satisfies(0));
        assertTrue(l2.satisfies(1));
        // 1 − H / ln 2 = 1 − 0.811278 = 0.188722 (the limit minus its 1e-9 tolerance changes the 9th digit)
        double h = -(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25));
        assertEquals(1 - h / Math.log(2), l2.minimumViolatingShare(0), 1e-8);
        assertEquals(0.188722, l2.minimumViolatingShare(0), 1e-6);
    }

    @Test
    void aClassOfOneValueHasNoEntropy() throws HierarchyException {
        // H = 0 < ln 2: every part has H = 0 too, so all records stay violating
        ClassChecks l2 = ClassChecks.of(new EntropyLDiversity("s", 2), "A:x", "A:x");
        assertFalse(l2.satisfies(0));
        assertEquals(1.0, l2.minimumViolatingShare(0), 1e-12);
        // ℓ = 1: ln 1 = 0 ≤ H always; nothing can be said of parts
        ClassChecks l1 = ClassChecks.of(new EntropyLDiversity("s", 1), "A:x", "A:x");
        assertTrue(l1.satisfies(0));
        assertEquals(0.0, l1.minimumViolatingShare(0));
    }

    @Test
    void describesItselfWithL() {
        assertEquals("entropy 3-diversity of s", new EntropyLDiversity("s", 3).description());
        assertEquals("entropy 2.5-diversity of s", new EntropyLDiversity("s", 2.5).description());
    }
}
