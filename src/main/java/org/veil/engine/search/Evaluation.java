package org.veil.engine.search;

/**
 * The outcome of one transformation: whether it is anonymous (every model met within the
 * suppression limit), how many records and classes it suppresses and keeps, and its metric value.
 *
 * @param suppressionBound     a lower bound of the records every specialization suppresses (see
 *                             {@link Evaluator}): above the limit, they are all non-anonymous
 * @param safeUpwards          whether every generalization is anonymous as well (see {@link Evaluator})
 */
public record Evaluation(boolean anonymous, int suppressedRecords, int classes, int suppressedClasses,
        double metricValue, double suppressionBound, boolean safeUpwards) {

    /** Classes released (not suppressed). */
    public int retainedClasses() {
        return classes - suppressedClasses;
    }
}
