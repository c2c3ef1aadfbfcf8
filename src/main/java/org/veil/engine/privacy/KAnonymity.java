package org.veil.engine.privacy;

import org.veil.engine.classes.ClassTable;
import org.veil.engine.classes.EncodedInput;

/** Every class holds at least k records, so each person hides among k − 1 others. */
public final class KAnonymity extends ClassLevelModel {

    private final int k;

    public KAnonymity(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        this.k = k;
    }

    public int k() {
        return k;
    }

    @Override
    public ClassCheck prepare(EncodedInput input) {
        return new ClassCheck() {
            @Override
            public boolean satisfies(ClassTable table, int c) {
                return table.count(c) >= k;
            }

            @Override
            public double minimumViolatingShare(ClassTable table, int c) {
                return 1; // every part of a class smaller than k is smaller than k
            }
        };
    }

    @Override
    public String description() {
        return k + "-anonymity";
    }

    @Override
    public String citation() {
        return "L. Sweeney. k-anonymity: a model for protecting privacy. International Journal of Uncertainty,"
                + " Fuzziness and Knowledge-Based Systems 10(5), 2002.";
    }

    @Override
    public boolean isMonotoneWithSuppression() {
        return true; // a class of size ≥ k stays inside a class of size ≥ k
    }
}
