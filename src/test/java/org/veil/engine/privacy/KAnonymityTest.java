package org.veil.engine.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.veil.engine.hierarchy.HierarchyException;

class KAnonymityTest {

    /** Class A holds 3 records, class B 2. */
    private static final String[] RECORDS = {"A:x", "B:x", "A:y", "A:x", "B:z"};

    @Test
    void aClassOfExactlyKRecordsSatisfies() throws HierarchyException {
        ClassChecks k3 = ClassChecks.of(new KAnonymity(3), RECORDS);
        assertEquals(3, k3.table.count(0));
        assertTrue(k3.satisfies(0), "|A| = 3 ≥ 3");
        assertFalse(k3.satisfies(1), "|B| = 2 < 3");
    }

    @Test
    void smallerKAcceptsBothAndLargerKNeither() throws HierarchyException {
        ClassChecks k2 = ClassChecks.of(new KAnonymity(2), RECORDS);
        assertTrue(k2.satisfies(0));
        assertTrue(k2.satisfies(1), "|B| = 2 ≥ 2");
        ClassChecks k4 = ClassChecks.of(new KAnonymity(4), RECORDS);
        assertFalse(k4.satisfies(0));
        assertFalse(k4.satisfies(1));
        ClassChecks k1 = ClassChecks.of(new KAnonymity(1), "A:x");
        assertTrue(k1.satisfies(0), "1-anonymity holds for any class");
    }

    @Test
    void everyRecordOfAViolatingClassStaysInViolatingParts() throws HierarchyException {
        // any part of a class smaller than k is smaller than k
        assertEquals(1.0, ClassChecks.of(new KAnonymity(3), RECORDS).minimumViolatingShare(1));
    }

    @Test
    void describesItselfWithK() {
        KAnonymity model = new KAnonymity(5);
        assertEquals(5, model.k());
        assertEquals("5-anonymity", model.description());
        assertEquals("5-anonymity", model.toString());
        assertTrue(model.sensitiveAttribute().isEmpty());
        assertTrue(model.citation().contains("Sweeney"));
        assertTrue(model.citation().contains("2002"));
    }
}
