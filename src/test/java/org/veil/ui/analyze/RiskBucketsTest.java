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

    @Test
    void putsAThresholdOnABucketsUpperBoundOnTheBoundaryAfterThatBucket() {
        // at risk means above the threshold, and "10–20 %" holds risks up to 20 %: the line goes after it
        assertEquals(4.0, RiskBuckets.thresholdPosition(20), "between 10–20 % (bucket 3) and 20–33 % (bucket 4)");
        assertEquals(1.0, RiskBuckets.thresholdPosition(1), "between ≤ 1 % and 1–5 %");
        assertEquals(3.0, RiskBuckets.thresholdPosition(10), "between 5–10 % and 10–20 %");
        assertEquals(8.0, RiskBuckets.thresholdPosition(100), "after 100 %: nobody is above it");
    }

    @Test
    void putsAThresholdInsideABucketInProportionBetweenItsBounds() {
        assertEquals(3.5, RiskBuckets.thresholdPosition(15), 1e-9, "half-way through 10–20 %");
        assertEquals(4 + 5 / 13.4, RiskBuckets.thresholdPosition(25), 1e-9, "a little into 20–33 %");
        assertEquals(0.5, RiskBuckets.thresholdPosition(0.5), 1e-9);
    }
}
