package org.veil.engine.metric;

import org.veil.engine.classes.ClassTable;
import org.veil.engine.classes.EncodedHierarchy;
import org.veil.engine.classes.EncodedInput;

/**
 * Non-uniform entropy (Gionis and Tassa 2009): per quasi-identifier and record,
 * −log2(c(v) / c(g(v))), the bits lost by releasing the generalized value g(v) instead of v, with
 * counts over the whole input. The monotonic variant does not charge suppression; the
 * non-monotonic one adds, per quasi-identifier, the entropy of the suppressed records'
 * generalized values: −Σ c_R(g) log2(c_R(g) / |R|).
 */
public final class NonUniformEntropy implements Metric {

    private final boolean chargeSuppression;

    public NonUniformEntropy(boolean chargeSuppression) {
        this.chargeSuppression = chargeSuppression;
    }

    @Override
    public String name() {
        return chargeSuppression ? "entropy-nm" : "entropy";
    }

    @Override
    public String description() {
        return chargeSuppression
                ? "Non-uniform entropy, non-monotonic: bits lost by generalization plus by suppression (Gionis and Tassa 2009)"
                : "Non-uniform entropy: bits lost by generalization (Gionis and Tassa 2009)";
    }

    @Override
    public PreparedMetric prepare(EncodedInput input) {
        int dims = input.dimensions();
        double[][] levelEntropy = levelEntropies(input);
        return new PreparedMetric() {
            @Override
            public double value(ClassTable table, boolean[] suppressed, int suppressedRecords) {
                double value = lowerBound(table.levels());
                if (chargeSuppression && suppressedRecords > 0) {
                    for (int d = 0; d < dims; d++) {
                        value += suppressedEntropy(table, suppressed, suppressedRecords, d, input.hierarchy(d));
                    }
                }
                return value;
            }

            @Override
            public double lowerBound(int[] levels) {
                double sum = 0;
                for (int d = 0; d < dims; d++) {
                    sum += levelEntropy[d][levels[d]];
                }
                return sum;
            }

            @Override
            public boolean dependsOnClasses() {
                return chargeSuppression;
            }
        };
    }

    /** Per quasi-identifier and level, Σ over records of −log2(c(v) / c(g(v))). */
    private static double[][] levelEntropies(EncodedInput input) {
        long[][] frequencies = AttributeFrequencies.ofLevelZero(input);
        double[][] entropy = new double[input.dimensions()][];
        for (int d = 0; d < entropy.length; d++) {
            entropy[d] = AttributeMetrics.levelEntropies(input.hierarchy(d), frequencies[d]);
        }
        return entropy;
    }

    private static double suppressedEntropy(ClassTable table, boolean[] suppressed, int suppressedRecords, int d,
            EncodedHierarchy hierarchy) {
        long[] counts = new long[hierarchy.levelSize(table.level(d))];
        for (int c = 0; c < table.size(); c++) {
            if (suppressed[c]) {
                counts[table.code(c, d)] += table.count(c);
            }
        }
        return AttributeMetrics.groupEntropy(counts, suppressedRecords);
    }
}
