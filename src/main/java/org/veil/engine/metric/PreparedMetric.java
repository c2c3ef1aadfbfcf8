package org.veil.engine.metric;

import org.veil.engine.classes.ClassTable;

/**
 * A metric ready to score transformations of one input. Besides the value it offers lower bounds,
 * which the search uses to skip transformations that cannot beat the best found so far.
 */
public interface PreparedMetric {

    /**
     * The metric of a transformation whose classes are {@code table}, of which those flagged in
     * {@code suppressed} (holding {@code suppressedRecords} records) are suppressed.
     */
    double value(ClassTable table, boolean[] suppressed, int suppressedRecords);

    /**
     * A bound computed from the levels alone: at most the value of this transformation whatever is
     * suppressed, and never larger than the bound of a generalization (monotone). The search
     * relies on both properties for exactness.
     */
    double lowerBound(int[] levels);

    /**
     * A bound from the classes of a transformation, valid for it and every generalization of it;
     * negative infinity if the metric offers none beyond {@link #lowerBound(int[])}.
     */
    default double classBound(ClassTable table) {
        return Double.NEGATIVE_INFINITY;
    }

    /** False when the value is always {@link #lowerBound(int[])}: no classes needed to score. */
    default boolean dependsOnClasses() {
        return true;
    }
}
