package org.veil.engine.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.veil.engine.hierarchy.HierarchyException;

class DistinctLDiversityTest {

    /** Class A: x, x, y (2 distinct values); class B: z, z, z, z (1 distinct value). */
    private static final String[] RECORDS = {"A:x", "A:x", "B:z", "A:y", "B:z", "B:z", "B:z"};

    @Test
    void aClassWithExactlyLDistinctValuesSatisfies() throws HierarchyException {
        ClassChecks l2 = ClassChecks.of(new DistinctLDiversity("s", 2), RECORDS);
        assertTrue(l2.satisfies(0), "A holds x and y: 2 ≥ 2");
        assertFalse(l2.satisfies(1), "B holds only z: 1 < 2");
    }

    @Test
    void countsDistinctValuesNotRecords() throws HierarchyException {
        ClassChecks l3 = ClassChecks.of(new DistinctLDiversity("s", 3), RECORDS);
        assertFalse(l3.satisfies(0), "3 records but only 2 distinct values");
        ClassChecks l1 = ClassChecks.of(new DistinctLDiversity("s", 1), RECORDS);
        assertTrue(l1.satisfies(1));
    }

    @Test
    void everyRecordOfAViolatingClassStaysInViolatingParts() throws HierarchyException {
        // a part of a class never holds more distinct values than the class
        assertEquals(1.0, ClassChecks.of(new DistinctLDiversity("s", 2), RECORDS).minimumViolatingShare(1));
    }

    @Test
    void namesItsSensitiveAttribute() {
        DistinctLDiversity model = new DistinctLDiversity("diagnosis", 3);
        assertEquals(Optional.of("diagnosis"), model.sensitiveAttribute());
        assertEquals("distinct 3-diversity of diagnosis", model.description());
        assertTrue(model.citation().startsWith("A. Machanavajjhala, D. Kifer, J. Gehrke, M. Venkitasubramaniam."));
    }

    @Test
    void preparingForAnInputWithoutTheAttributeFails() throws HierarchyException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClassChecks.of(new DistinctLDiversity("diagnosis", 2), RECORDS));
        assertEquals("no sensitive attribute named diagnosis", e.getMessage());
    }
}
