package org.veil.engine.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.engine.classes.EncodedInput;
import org.veil.engine.classes.TinyInputs;
import org.veil.engine.data.ColumnType;
import org.veil.engine.data.DataType;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;

/** t-closeness with the three ground distances; P is the distribution over the whole input. */
class TClosenessTest {

    // ---- equal distance: EMD = ½ Σ |q − p| ----

    /** A: x, x, y; B: y, z, z. P = (x ⅓, y ⅓, z ⅓). */
    private static final String[] EQUAL = {"A:x", "A:x", "B:y", "A:y", "B:z", "B:z"};

    @Test
    void equalDistanceIsHalfTheSumOfAbsoluteDifferencesAndTheBoundaryTSatisfies() throws HierarchyException {
        // Q_A = (⅔, ⅓, 0): ½ (|⅔ − ⅓| + |⅓ − ⅓| + |0 − ⅓|) = ½ · ⅔ = ⅓; Q_B likewise ⅓
        ClassChecks atLimit = ClassChecks.of(new EqualDistanceTCloseness("s", 1.0 / 3), EQUAL);
        assertTrue(atLimit.satisfies(0));
        assertTrue(atLimit.satisfies(1));
        ClassChecks below = ClassChecks.of(new EqualDistanceTCloseness("s", 0.333), EQUAL);
        assertFalse(below.satisfies(0));
        assertFalse(below.satisfies(1));
    }

    @Test
    void equalDistanceMinimumViolatingShareFollowsFromConvexity() throws HierarchyException {
        // largest distance D: a class holding one value v, 1 − p_v = ⅔
        // t = 0.3: (EMD − t) / (D − t) = (⅓ − 3/10) / (⅔ − 3/10) = (1/30) / (11/30) = 1/11
        ClassChecks t03 = ClassChecks.of(new EqualDistanceTCloseness("s", 0.3), EQUAL);
        assertFalse(t03.satisfies(0));
        assertEquals(1.0 / 11, t03.minimumViolatingShare(0), 1e-8);
        // t ≥ D: no class can violate, nothing to bound
        assertEquals(0.0, ClassChecks.of(new EqualDistanceTCloseness("s", 2.0 / 3), EQUAL).minimumViolatingShare(0));
    }

    @Test
    void aClassWithTheOverallDistributionHasDistanceZero() throws HierarchyException {
        // every class holds x and y once: Q = P, EMD = 0 ≤ t = 0
        ClassChecks t0 = ClassChecks.of(new EqualDistanceTCloseness("s", 0), "A:x", "B:y", "A:y", "B:x");
        assertTrue(t0.satisfies(0));
        assertTrue(t0.satisfies(1));
    }

    // ---- ordered distance: EMD = 1/(m−1) Σ_i |Σ_{j≤i} (q_j − p_j)| ----

    /**
     * Values 2, 10, 100, first seen in the order 10, 2, 100 (so neither the dictionary order nor
     * the alphabetical order 10 &lt; 100 &lt; 2 is the numeric one). A: 10, 2, 2; B: 100, 10, 100.
     * P = (2: ⅓, 10: ⅓, 100: ⅓).
     */
    private static final String[] NUMBERS = {"A:10", "A:2", "A:2", "B:100", "B:10", "B:100"};

    @Test
    void orderedDistanceOrdersNumbersNumericallyNotAlphabetically() throws HierarchyException {
        // numeric order 2 < 10 < 100, Q_A = (⅔, ⅓, 0): differences (⅓, 0, −⅓), cumulative ⅓, ⅓, 0
        // EMD = (⅓ + ⅓ + 0) / (3 − 1) = ⅓
        // (alphabetical 10 < 100 < 2: differences (0, −⅓, ⅓), cumulative 0, −⅓, 0 → ⅙; so would
        // dictionary order 10, 2, 100 → cumulative 0, ⅓, 0 → ⅙)
        ClassChecks checks = ClassChecks.of(new OrderedDistanceTCloseness("s", 1.0 / 3), NUMBERS);
        assertEquals(ColumnType.INTEGER, checks.input.sensitive().get(0).column().type());
        assertTrue(checks.satisfies(0), "EMD = ⅓ ≤ ⅓");
        // Q_B = (0, ⅓, ⅔): differences (−⅓, 0, ⅓), cumulative −⅓, −⅓ → ⅓
        assertTrue(checks.satisfies(1));
        ClassChecks t03 = ClassChecks.of(new OrderedDistanceTCloseness("s", 0.3), NUMBERS);
        assertFalse(t03.satisfies(0), "⅓ > 0.3; the alphabetical order would give ⅙ ≤ 0.3");
        assertFalse(t03.satisfies(1));
    }

    @Test
    void orderedDistanceMinimumViolatingShare() throws HierarchyException {
        // D = largest distance of a single-value class:
        //   only 2:   differences (⅔, −⅓, −⅓), cumulative ⅔, ⅓ → 1/2
        //   only 10:  (−⅓, ⅔, −⅓), cumulative −⅓, ⅓ → ⅓
        //   only 100: (−⅓, −⅓, ⅔), cumulative −⅓, −⅔ → 1/2
        // t = ¼: (⅓ − ¼) / (½ − ¼) = (1/12) / (1/4) = ⅓
        ClassChecks t025 = ClassChecks.of(new OrderedDistanceTCloseness("s", 0.25), NUMBERS);
        assertFalse(t025.satisfies(0));
        assertEquals(1.0 / 3, t025.minimumViolatingShare(0), 1e-8);
    }

    @Test
    void orderedDistanceOrdersDatesChronologically() throws HierarchyException {
        // 31.12.2022 < 5.1.2023 < 1.2.2023 (d.M.yyyy); alphabetically 1.2.2023 < 31.12.2022 < 5.1.2023
        // A: 5.1.2023, 31.12.2022, 31.12.2022 → in time order Q_A = (⅔, ⅓, 0), EMD = ⅓ as above
        // (alphabetical: differences (−⅓, ⅓, 0), cumulative −⅓, 0 → ⅙)
        String[] dates = {"A:5.1.2023", "A:31.12.2022", "A:31.12.2022", "B:5.1.2023", "B:1.2.2023", "B:1.2.2023"};
        ClassChecks at = ClassChecks.of(new OrderedDistanceTCloseness("s", 1.0 / 3), dates);
        assertEquals(DataType.DATE, at.input.sensitive().get(0).column().type().dataType());
        assertTrue(at.satisfies(0));
        assertFalse(ClassChecks.of(new OrderedDistanceTCloseness("s", 0.3), dates).satisfies(0));
    }

    @Test
    void orderedDistanceOrdersTextAlphabetically() throws HierarchyException {
        // text b, a, c: order a < b < c. A: b, a, a → Q_A = (a ⅔, b ⅓, c 0), P = ⅓ each → ⅓
        String[] text = {"A:b", "A:a", "A:a", "B:c", "B:b", "B:c"};
        assertTrue(ClassChecks.of(new OrderedDistanceTCloseness("s", 1.0 / 3), text).satisfies(0));
        assertFalse(ClassChecks.of(new OrderedDistanceTCloseness("s", 0.3), text).satisfies(0));
    }

    // ---- hierarchical distance ----

    /** Sensitive tree: a1, a2 under A; b1, b2 under B; * on top. Height 2. */
    private static Hierarchy tree() throws HierarchyException {
        return TinyInputs.hierarchy("a1;A;*", "a2;A;*", "b1;B;*", "b2;B;*");
    }

    /** E1: a1, a1, a1, b2; E2: a2, b1, b1, b2. P = (a1 3/8, a2 1/8, b1 2/8, b2 2/8). */
    private static final String[] TREE = {"E1:a1", "E2:a2", "E1:a1", "E2:b1", "E1:a1", "E2:b1", "E1:b2", "E2:b2"};

    @Test
    void hierarchicalDistancePushesDifferencesUpTheTree() throws HierarchyException {
        // E1: Q = (a1 6/8, a2 0, b1 0, b2 2/8), q − p = (+3/8, −1/8, −2/8, 0)
        //   node A (level 1): pos 3/8, neg 1/8 → cost 1/2 · 1/8 = 1/16, net +2/8
        //   node B (level 1): pos 0, neg 2/8 → cost 0, net −2/8
        //   root (level 2): pos 2/8, neg 2/8 → cost 2/2 · 2/8 = 1/4
        //   EMD = 1/16 + 1/4 = 5/16 = 0.3125
        // E2 mirrors it: q − p = (−3/8, +1/8, +2/8, 0) → 5/16
        // (equal distance would give ½ (3/8 + 1/8 + 2/8) = 3/8)
        ClassChecks at = ClassChecks.of(new HierarchicalDistanceTCloseness("s", 0.3125, tree()), TREE);
        assertTrue(at.satisfies(0));
        assertTrue(at.satisfies(1));
        ClassChecks below = ClassChecks.of(new HierarchicalDistanceTCloseness("s", 0.31, tree()), TREE);
        assertFalse(below.satisfies(0));
        assertFalse(below.satisfies(1));
    }

    @Test
    void hierarchicalDistanceMinimumViolatingShare() throws HierarchyException {
        // D over single-value classes:
        //   a1: (+5/8, −1/8, −2/8, −2/8): A min(5/8, 1/8)/2 = 1/16, root 4/8 → 9/16
        //   a2: (−3/8, +7/8, −2/8, −2/8): A min(7/8, 3/8)/2 = 3/16, root 4/8 → 11/16
        //   b1: (−3/8, −1/8, +6/8, −2/8): B min(6/8, 2/8)/2 = 2/16, root 4/8 → 10/16; b2 likewise
        // D = 11/16; t = 1/4: (5/16 − 4/16) / (11/16 − 4/16) = 1/7
        ClassChecks t025 = ClassChecks.of(new HierarchicalDistanceTCloseness("s", 0.25, tree()), TREE);
        assertFalse(t025.satisfies(0));
        assertEquals(1.0 / 7, t025.minimumViolatingShare(0), 1e-8);
    }

    @Test
    void hierarchicalDistanceOfATreeWithoutInnerLevelsIsZero() throws HierarchyException {
        // height 0: every value is its own top, nothing to move
        ClassChecks flat = ClassChecks.of(new HierarchicalDistanceTCloseness("s", 0,
                TinyInputs.hierarchy("a1", "a2", "b1", "b2")), TREE);
        assertTrue(flat.satisfies(0));
    }

    @Test
    void hierarchicalDistanceNeedsAHierarchyCoveringTheSensitiveValues() throws HierarchyException {
        Hierarchy partial = TinyInputs.hierarchy("a1;A;*", "a2;A;*", "b1;B;*");
        EncodedInput input = TinyInputs.classes(TREE);
        HierarchyException e = assertThrows(HierarchyException.class,
                () -> new HierarchicalDistanceTCloseness("s", 0.2, partial).prepare(input));
        assertEquals(List.of("'b2'"), e.problems());
    }

    @Test
    void theOverallDistributionIsThatOfTheWholeInputNotUniform() throws HierarchyException {
        // Two quasi-identifiers; P over all 6 records = (x ½, y ⅙, z ⅓).
        Dataset data = TinyInputs.dataset("g;h;s", "A;1;x", "A;1;x", "B;1;x", "A;2;y", "B;2;z", "B;2;z");
        EncodedInput input = TinyInputs.input(data, List.of("g", "h"),
                List.of(TinyInputs.flat(data, "g"), TinyInputs.flat(data, "h")), List.of("s"));
        // class (A,1) = x, x: Q = (1, 0, 0), ½ (|1 − ½| + ⅙ + ⅓) = ½ (a uniform P would give ⅔)
        ClassChecks half = ClassChecks.of(new EqualDistanceTCloseness("s", 0.5), input);
        assertEquals(2, half.table.count(0));
        assertTrue(half.satisfies(0));
        assertFalse(ClassChecks.of(new EqualDistanceTCloseness("s", 0.49), input).satisfies(0));
        // class (B,2) = z, z: ½ (½ + ⅙ + |1 − ⅓|) = ⅔ > ½
        assertEquals(2, half.table.count(3));
        assertFalse(half.satisfies(3));
    }

    @Test
    void describesItselfWithTAndTheGroundDistance() throws HierarchyException {
        assertEquals("0.2-closeness of s (equal distance)", new EqualDistanceTCloseness("s", 0.2).description());
        assertEquals("0.2-closeness of s (ordered distance)", new OrderedDistanceTCloseness("s", 0.2).description());
        assertEquals("1-closeness of s (hierarchical distance)",
                new HierarchicalDistanceTCloseness("s", 1, tree()).description());
        assertEquals(0.2, new EqualDistanceTCloseness("s", 0.2).t());
        assertTrue(new EqualDistanceTCloseness("s", 0.2).citation().contains("t-closeness"));
    }
}
