package org.veil.engine.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.veil.engine.hierarchy.HierarchyException;

/** Recursive (c,ℓ)-diversity: r1 &lt; c · (rℓ + … + rm), strictly, and m ≥ ℓ. */
class RecursiveCLDiversityTest {

    /** One class with counts x 3, y 2, z 1: r1 = 3, r2 = 2, r3 = 1, m = 3. */
    private static final String[] RECORDS = {"A:y", "A:x", "A:z", "A:x", "A:y", "A:x"};

    private static boolean satisfies(double c, int l, String... records) throws HierarchyException {
        return ClassChecks.of(new RecursiveCLDiversity("s", c, l), records).satisfies(0);
    }

    @Test
    void theInequalityIsStrictForLTwo() throws HierarchyException {
        // ℓ = 2: r1 = 3 < c · (r2 + r3) = 3c
        assertFalse(satisfies(1, 2, RECORDS), "3 < 1 · 3 is false: equality violates");
        assertTrue(satisfies(1.01, 2, RECORDS), "3 < 1.01 · 3 = 3.03");
    }

    @Test
    void theTailStartsAtTheLthMostFrequentValue() throws HierarchyException {
        // ℓ = 3: r1 = 3 < c · r3 = c
        assertFalse(satisfies(3, 3, RECORDS), "3 < 3 · 1 is false");
        assertTrue(satisfies(3.5, 3, RECORDS), "3 < 3.5");
        // ℓ = 1: r1 = 3 < c · (r1 + r2 + r3) = 6c
        assertFalse(satisfies(0.5, 1, RECORDS), "3 < 0.5 · 6 = 3 is false");
        assertTrue(satisfies(0.51, 1, RECORDS));
    }

    @Test
    void fewerThanLDistinctValuesViolateWhateverC() throws HierarchyException {
        // m = 3 < ℓ = 4
        assertFalse(satisfies(1000, 4, RECORDS));
        // x 4, y 2 with (2,2): 4 < 2 · 2 is false; with c = 2.5: 4 < 5
        assertFalse(satisfies(2, 2, "A:x", "A:x", "A:x", "A:x", "A:y", "A:y"));
        assertTrue(satisfies(2.5, 2, "A:x", "A:x", "A:x", "A:x", "A:y", "A:y"));
    }

    @Test
    void eachClassIsJudgedOnItsOwnCounts() throws HierarchyException {
        // A: x 2, y 1 → 2 < 2 · 1 false; B: x 1, y 1 → 1 < 2 · 1 true
        ClassChecks checks = ClassChecks.of(new RecursiveCLDiversity("s", 2, 2), "A:x", "B:x", "A:x", "A:y", "B:y");
        assertFalse(checks.satisfies(0));
        assertTrue(checks.satisfies(1));
        assertEquals(0.0, checks.minimumViolatingShare(0), "no bound is known for recursive diversity");
    }

    @Test
    void describesItselfWithCAndL() {
        assertEquals("recursive (3,2)-diversity of s", new RecursiveCLDiversity("s", 3, 2).description());
        assertEquals("recursive (1.5,4)-diversity of s", new RecursiveCLDiversity("s", 1.5, 4).description());
    }
}
