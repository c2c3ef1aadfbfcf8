package org.veil.engine.privacy;

import org.veil.engine.classes.EncodedInput;
import org.veil.engine.classes.ClassTable;

/** Every class holds at least ℓ distinct values of the sensitive attribute. */
public final class DistinctLDiversity extends SensitiveModel {

    private final int l;

    public DistinctLDiversity(String attribute, int l) {
        super(attribute);
        if (l < 1) {
            throw new IllegalArgumentException("l must be at least 1, was " + l);
        }
        this.l = l;
    }

    @Override
    public ClassCheck prepare(EncodedInput input) {
        int sensitive = input.sensitiveIndex(attribute);
        return new ClassCheck() {
            @Override
            public boolean satisfies(ClassTable table, int c) {
                return table.histograms(sensitive).distinct(c) >= l;
            }

            @Override
            public double minimumViolatingShare(ClassTable table, int c) {
                return 1; // a part of a class never holds more distinct values than the class
            }
        };
    }

    @Override
    public String description() {
        return "distinct " + l + "-diversity of " + attribute;
    }

    @Override
    public String citation() {
        return MACHANAVAJJHALA;
    }

    @Override
    public boolean isMonotoneWithSuppression() {
        return true; // a class with ℓ distinct values keeps them inside any class it merges into
    }
}
