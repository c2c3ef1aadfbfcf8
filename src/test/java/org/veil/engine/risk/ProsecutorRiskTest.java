package org.veil.engine.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProsecutorRiskTest {

    @Test
    void measuresRiskFromClassSizes() {
        // Classes of 1, 2, 2 and 5 released records, 3 suppressed: 10 released, 13 in all.
        ClassSizes classes = new ClassSizes(new int[] {5, 1, 2, 2}, 3);
        assertEquals(13, classes.records());
        assertEquals(10, classes.releasedRecords());
        assertEquals(1, classes.smallest());
        assertEquals(5, classes.largest());

        ProsecutorRisk risk = ProsecutorRisk.of(classes, 0.2);
        assertEquals(1.0, risk.highest(), 1e-12, "1 / smallest class");
        assertEquals(0.4, risk.average(), 1e-12, "4 classes / 10 released records");
        assertEquals(0.2, risk.lowest(), 1e-12, "1 / largest class");
        assertEquals(5, risk.recordsAtRisk(), "classes of 1 and 2 (risk 1 and 0.5 > 0.2); the class of 5 sits on 0.2");
        assertEquals(1, risk.sampleUniques());
    }

    @Test
    void releasingNothingMeansNoRisk() {
        ProsecutorRisk risk = ProsecutorRisk.of(new ClassSizes(new int[0], 7), 0.2);
        assertEquals(0, risk.highest());
        assertEquals(0, risk.average());
    }
}
