package org.veil.engine.metric;

import org.veil.engine.classes.EncodedHierarchy;

/**
 * The per-attribute parts of the objective metrics, shared by {@link Loss}, {@link NonUniformEntropy}
 * and the per-attribute utility report, so that both compute the very same numbers. Definitions
 * follow DEFINITIONS.md, "Objective metrics".
 */
public final class AttributeMetrics {

    private AttributeMetrics() {
    }

    /** How many records hold each level-0 code of a hierarchy, given the records' data codes. */
    public static long[] leafFrequencies(EncodedHierarchy hierarchy, int[] dataCodes) {
        long[] counts = new long[hierarchy.levelSize(0)];
        int[] toLevelZero = hierarchy.levelMap(0);
        for (int code : dataCodes) {
            counts[toLevelZero[code]]++;
        }
        return counts;
    }

    /**
     * Non-uniform entropy of one attribute at every level 0..height, suppression not charged: Σ over
     * records of −log2(c(v) / c(g(v))), with {@code leafFrequencies} the input count of each
     * level-0 code.
     */
    public static double[] levelEntropies(EncodedHierarchy hierarchy, long[] leafFrequencies) {
        double[] entropy = new double[hierarchy.height() + 1];
        for (int level = 1; level <= hierarchy.height(); level++) {
            long[] groupCounts = new long[hierarchy.levelSize(level)];
            for (int leaf = 0; leaf < leafFrequencies.length; leaf++) {
                groupCounts[hierarchy.raise(leaf, 0, level)] += leafFrequencies[leaf];
            }
            for (int leaf = 0; leaf < leafFrequencies.length; leaf++) {
                long count = leafFrequencies[leaf];
                if (count > 0) {
                    long group = groupCounts[hierarchy.raise(leaf, 0, level)];
                    entropy[level] -= count * log2((double) count / group);
                }
            }
        }
        return entropy;
    }

    /**
     * The entropy in bits of a set of {@code total} records split into groups of the given counts:
     * −Σ c log2(c / total). The non-monotonic entropy charges the suppressed records this, per
     * attribute, over their generalized values.
     */
    public static double groupEntropy(long[] counts, long total) {
        double entropy = 0;
        for (long count : counts) {
            if (count > 0) {
                entropy -= count * log2((double) count / total);
            }
        }
        return entropy;
    }

    /**
     * Loss of one released cell holding code {@code code} of level {@code level}: (leaves under it − 1)
     * / (leaves of the hierarchy − 1). A suppressed cell loses 1.
     */
    public static double cellLoss(EncodedHierarchy hierarchy, int level, int code) {
        return (hierarchy.leaves(level, code) - 1) / (double) Math.max(1, hierarchy.domainSize() - 1);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
