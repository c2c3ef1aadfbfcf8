package org.veil.ui.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.engine.risk.ClassSizes;

class RiskBucketsTest {

    // classes of 1, 1, 2, 4, 7 and 150 records, and 5 suppressed records
    private final ClassSizes classes = new ClassSizes(new int[] {1, 1, 2, 4, 7, 150}, 5);

    @Test
    void countsRecordsByTheSizeOfTheirClass() {
        assertEquals(List.of("1", "2", "3–4", "5–9", "10–19", "20–49", "50–99", "≥ 100"),
                List.copyOf(RiskBuckets.recordsByClassSize(classes).keySet()));
        assertEquals(List.of(2, 2, 4, 7, 0, 0, 0, 150), List.copyOf(RiskBuckets.recordsByClassSize(classes).values()));
    }

    @Test
    void countsRecordsByTheirProsecutorRiskLeavingSuppressedOnesOut() {
        // risks: 100 % (2 records), 50 % (2), 25 % (4), 14.3 % (7), 0.67 % (150)
        assertEquals(List.of(150, 0, 0, 7, 4, 2, 0, 2), List.copyOf(RiskBuckets.recordsByRisk(classes).values()));
    }

    @Test
    void placesAThresholdInItsBucket() {
        assertEquals(3, RiskBuckets.riskBucket(20));
        assertEquals(4, RiskBuckets.riskBucket(25));
        assertEquals(0, RiskBuckets.riskBucket(0.5));
    }
}
