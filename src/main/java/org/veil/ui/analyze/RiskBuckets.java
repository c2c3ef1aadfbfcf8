package org.veil.ui.analyze;

import java.util.LinkedHashMap;
import java.util.Map;
import org.veil.engine.risk.ClassSizes;

/**
 * The released records of a dataset sorted into a few readable buckets, for the risk charts: by the
 * size of their class ({@code 1}, {@code 2}, {@code 3–4}, … {@code ≥100}) and by their prosecutor risk
 * (1 / class size). Suppressed records are in no class and at no risk, so they are left out.
 */
final class RiskBuckets {

    /** Lower bounds of the class-size buckets; the last is open-ended. */
    private static final int[] SIZE_BOUNDS = {1, 2, 3, 5, 10, 20, 50, 100};
    /** Upper bounds (inclusive) of the risk buckets, in percent, ascending. */
    private static final double[] RISK_BOUNDS = {1, 5, 10, 20, 33.4, 50, 99.99, 100};
    private static final String[] RISK_LABELS = {"≤ 1 %", "1–5 %", "5–10 %", "10–20 %", "20–33 %", "33–50 %",
        "50–99 %", "100 %"};

    private RiskBuckets() {
    }

    /** Records per class-size bucket, every bucket present (0 where empty) so input and output line up. */
    static Map<String, Integer> recordsByClassSize(ClassSizes classes) {
        Map<String, Integer> buckets = new LinkedHashMap<>();
        for (int i = 0; i < SIZE_BOUNDS.length; i++) {
            buckets.put(sizeLabel(i), 0);
        }
        for (int size : classes.sizes()) {
            buckets.merge(sizeLabel(sizeBucket(size)), size, Integer::sum);
        }
        return buckets;
    }

    /** Records per risk bucket, from the lowest risk to 100 % (the sample uniques). */
    static Map<String, Integer> recordsByRisk(ClassSizes classes) {
        Map<String, Integer> buckets = new LinkedHashMap<>();
        for (String label : RISK_LABELS) {
            buckets.put(label, 0);
        }
        for (int size : classes.sizes()) {
            buckets.merge(RISK_LABELS[riskBucket(100.0 / size)], size, Integer::sum);
        }
        return buckets;
    }

    /** The risk bucket a threshold falls in, for the line on the chart. */
    static int riskBucket(double percent) {
        for (int i = 0; i < RISK_BOUNDS.length; i++) {
            if (percent <= RISK_BOUNDS[i]) {
                return i;
            }
        }
        return RISK_BOUNDS.length - 1;
    }

    private static int sizeBucket(int size) {
        for (int i = SIZE_BOUNDS.length - 1; i > 0; i--) {
            if (size >= SIZE_BOUNDS[i]) {
                return i;
            }
        }
        return 0;
    }

    private static String sizeLabel(int bucket) {
        int low = SIZE_BOUNDS[bucket];
        if (bucket == SIZE_BOUNDS.length - 1) {
            return "≥ " + low;
        }
        int high = SIZE_BOUNDS[bucket + 1] - 1;
        return low == high ? String.valueOf(low) : low + "–" + high;
    }
}
