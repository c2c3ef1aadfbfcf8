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

    /**
     * Where a threshold goes on the risk chart, in categories from the left edge of the first bucket:
     * {@code k} is the boundary between bucket {@code k - 1} and bucket {@code k}, {@code k + f} a
     * fraction {@code f} into bucket {@code k}. A record is at risk when its risk is <em>above</em> the
     * threshold and a bucket holds the risks up to its upper bound, so a threshold equal to a bucket's
     * upper bound lies on the boundary after that bucket: 20 % is 4.0, between "10–20 %" (not at risk)
     * and "20–33 %" (at risk).
     *
     * <p>A threshold inside a bucket (15 %) is placed proportionally between the bucket's bounds (3.5,
     * half-way through "10–20 %"), not snapped to one of its edges: the bucket then holds records on
     * both sides of the threshold, and a line through its bars says so, where a line at either edge
     * would call all of them safe or all of them at risk. The table beside the chart and the "Records at
     * risk" measure have the exact counts.
     */
    static double thresholdPosition(double percent) {
        int bucket = riskBucket(percent);
        double low = bucket == 0 ? 0 : RISK_BOUNDS[bucket - 1];
        double high = RISK_BOUNDS[bucket];
        double fraction = (percent - low) / (high - low);
        return bucket + Math.max(0, Math.min(1, fraction));
    }

    /** The risk bucket a threshold falls in: the first whose upper bound it does not exceed. */
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
