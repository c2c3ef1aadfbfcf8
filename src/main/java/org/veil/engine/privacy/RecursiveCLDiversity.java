package org.veil.engine.privacy;

import java.util.Arrays;
import org.veil.engine.classes.EncodedInput;
import org.veil.engine.classes.Histograms;

/**
 * Recursive (c,ℓ)-diversity: with r1 ≥ r2 ≥ … ≥ rm the counts of the sensitive values in a class,
 * r1 &lt; c · (rℓ + rℓ+1 + … + rm), and m ≥ ℓ. The most frequent value must not dominate the rest.
 */
public final class RecursiveCLDiversity extends SensitiveModel {

    private final double c;
    private final int l;

    public RecursiveCLDiversity(String attribute, double c, int l) {
        super(attribute);
        if (!(c > 0)) {
            throw new IllegalArgumentException("c must be positive, was " + c);
        }
        if (l < 1) {
            throw new IllegalArgumentException("l must be at least 1, was " + l);
        }
        this.c = c;
        this.l = l;
    }

    @Override
    public ClassCheck prepare(EncodedInput input) {
        int sensitive = input.sensitiveIndex(attribute);
        return (table, klass) -> satisfies(table.histograms(sensitive), klass);
    }

    private boolean satisfies(Histograms histograms, int klass) {
        int m = histograms.distinct(klass);
        if (m < l) {
            return false;
        }
        int[] counts = new int[m];
        for (int i = 0; i < m; i++) {
            counts[i] = histograms.count(histograms.begin(klass) + i);
        }
        Arrays.sort(counts); // ascending: r1 is counts[m-1], rℓ is counts[m-l]
        long tail = 0;
        for (int i = 0; i <= m - l; i++) {
            tail += counts[i];
        }
        return counts[m - 1] < c * tail;
    }

    @Override
    public String description() {
        return "recursive (" + EntropyLDiversity.format(c) + "," + l + ")-diversity of " + attribute;
    }

    @Override
    public String citation() {
        return MACHANAVAJJHALA;
    }

    @Override
    public boolean isMonotoneWithSuppression() {
        return false;
    }
}
