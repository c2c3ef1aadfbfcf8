package org.veil.engine.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.veil.engine.classes.TinyInputs;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;

/** Constructor validation and the monotonicity each model declares. */
class ModelParametersTest {

    private static void rejects(String message, Executable constructor) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, constructor);
        assertEquals(message, e.getMessage());
    }

    private static Hierarchy tree() throws HierarchyException {
        return TinyInputs.hierarchy("a;A;*", "b;A;*");
    }

    @Test
    void kMustBeAtLeastOne() {
        rejects("k must be at least 1, was 0", () -> new KAnonymity(0));
        rejects("k must be at least 1, was -3", () -> new KAnonymity(-3));
        assertEquals(1, new KAnonymity(1).k());
    }

    @Test
    void lMustBeAtLeastOne() {
        rejects("l must be at least 1, was 0", () -> new DistinctLDiversity("s", 0));
        rejects("l must be at least 1, was 0.5", () -> new EntropyLDiversity("s", 0.5));
        rejects("l must be at least 1, was NaN", () -> new EntropyLDiversity("s", Double.NaN));
        rejects("l must be at least 1, was 0", () -> new RecursiveCLDiversity("s", 2, 0));
        new EntropyLDiversity("s", 1);
        new DistinctLDiversity("s", 1);
    }

    @Test
    void cMustBePositive() {
        rejects("c must be positive, was 0.0", () -> new RecursiveCLDiversity("s", 0, 2));
        rejects("c must be positive, was -1.0", () -> new RecursiveCLDiversity("s", -1, 2));
        rejects("c must be positive, was NaN", () -> new RecursiveCLDiversity("s", Double.NaN, 2));
    }

    @Test
    void tMustLieBetweenZeroAndOne() throws HierarchyException {
        Hierarchy tree = tree();
        rejects("t must be between 0 and 1, was -0.1", () -> new EqualDistanceTCloseness("s", -0.1));
        rejects("t must be between 0 and 1, was 1.5", () -> new OrderedDistanceTCloseness("s", 1.5));
        rejects("t must be between 0 and 1, was NaN", () -> new HierarchicalDistanceTCloseness("s", Double.NaN, tree));
        assertEquals(0.0, new EqualDistanceTCloseness("s", 0).t());
        assertEquals(1.0, new EqualDistanceTCloseness("s", 1).t());
    }

    @Test
    void sensitiveModelsNeedAnAttribute() throws HierarchyException {
        Hierarchy tree = tree();
        rejects("the model needs a sensitive attribute", () -> new DistinctLDiversity(null, 2));
        rejects("the model needs a sensitive attribute", () -> new EntropyLDiversity(" ", 2));
        rejects("the model needs a sensitive attribute", () -> new RecursiveCLDiversity("", 2, 2));
        rejects("the model needs a sensitive attribute", () -> new EqualDistanceTCloseness("", 0.2));
        rejects("the model needs a sensitive attribute", () -> new HierarchicalDistanceTCloseness(null, 0.2, tree));
    }

    @Test
    void thresholdsOfTheDatasetLevelModels() {
        rejects("the risk threshold must be in (0, 1], was 0.0", () -> new AverageReidentificationRisk(0));
        rejects("the risk threshold must be in (0, 1], was 1.1", () -> new AverageReidentificationRisk(1.1));
        rejects("the uniqueness threshold must be in [0, 1], was -0.01", () -> new SampleUniqueness(-0.01));
        rejects("the uniqueness threshold must be in [0, 1], was 2.0", () -> new SampleUniqueness(2));
        new AverageReidentificationRisk(1);
        new SampleUniqueness(0);
    }

    @Test
    void monotonicityWithSuppressionAsEachModelDeclaresIt() throws HierarchyException {
        // a class that satisfies stays inside a satisfying class whatever merges into it
        assertTrue(new KAnonymity(3).isMonotoneWithSuppression());
        assertTrue(new DistinctLDiversity("s", 2).isMonotoneWithSuppression());
        // a violating class that merges in can pull a satisfying one below the limit
        assertFalse(new EntropyLDiversity("s", 2).isMonotoneWithSuppression());
        assertFalse(new RecursiveCLDiversity("s", 3, 2).isMonotoneWithSuppression());
        assertFalse(new EqualDistanceTCloseness("s", 0.2).isMonotoneWithSuppression());
        assertFalse(new OrderedDistanceTCloseness("s", 0.2).isMonotoneWithSuppression());
        assertFalse(new HierarchicalDistanceTCloseness("s", 0.2, tree()).isMonotoneWithSuppression());
        // suppressing classes changes the retained records the risk is averaged over
        assertFalse(new AverageReidentificationRisk(0.2).isMonotoneWithSuppression());
        // the unique records of a generalization are unique below it too
        assertTrue(new SampleUniqueness(0.1).isMonotoneWithSuppression());
    }

    @Test
    void theToleranceIsRelativeAndAtLeastAbsoluteNearZero() {
        assertEquals(1e-9, PrivacyModel.TOLERANCE);
        assertTrue(PrivacyModel.atLeast(Math.log(3) * (1 - 5e-10), Math.log(3)));
        assertFalse(PrivacyModel.atLeast(Math.log(3) * (1 - 5e-9), Math.log(3)));
        assertTrue(PrivacyModel.atMost(1000 * (1 + 5e-10), 1000));
        assertFalse(PrivacyModel.atMost(1000 * (1 + 5e-9), 1000));
        // below 1 the tolerance is 1e-9 absolute
        assertTrue(PrivacyModel.atMost(0.5e-9, 0));
        assertFalse(PrivacyModel.atMost(2e-9, 0));
    }
}
