package org.veil.engine.privacy;

import org.veil.engine.classes.ClassTable;
import org.veil.engine.classes.EncodedInput;
import org.veil.engine.classes.Histograms;

/** In every class, the entropy of the sensitive values is at least log ℓ: −Σ q log q ≥ log ℓ. */
public final class EntropyLDiversity extends SensitiveModel {

    private final double l;

    public EntropyLDiversity(String attribute, double l) {
        super(attribute);
        if (!(l >= 1)) {
            throw new IllegalArgumentException("l must be at least 1, was " + l);
        }
        this.l = l;
    }

    @Override
    public ClassCheck prepare(EncodedInput input) {
        int sensitive = input.sensitiveIndex(attribute);
        double limit = Math.log(l);
        return new ClassCheck() {
            @Override
            public boolean satisfies(ClassTable table, int c) {
                return PrivacyModel.atLeast(entropy(table.histograms(sensitive), c, table.count(c)), limit);
            }

            /**
             * Entropy is concave: H(class) ≥ Σ w_i H(part_i). Parts that satisfy have H ≥ log ℓ, the
             * others H ≥ 0, so the violating parts weigh at least 1 − H(class) / log ℓ.
             */
            @Override
            public double minimumViolatingShare(ClassTable table, int c) {
                double reach = limit - TOLERANCE * Math.max(1, limit); // what satisfying parts may fall to
                if (reach <= 0) {
                    return 0;
                }
                return Math.max(0, 1 - entropy(table.histograms(sensitive), c, table.count(c)) / reach);
            }
        };
    }

    static double entropy(Histograms histograms, int c, int records) {
        double entropy = 0;
        for (int e = histograms.begin(c); e < histograms.end(c); e++) {
            double share = (double) histograms.count(e) / records;
            entropy -= share * Math.log(share);
        }
        return entropy;
    }

    @Override
    public String description() {
        return "entropy " + format(l) + "-diversity of " + attribute;
    }

    static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    @Override
    public String citation() {
        return MACHANAVAJJHALA;
    }

    @Override
    public boolean isMonotoneWithSuppression() {
        return false; // a low-entropy class that merges in can pull a satisfying one below log ℓ
    }
}
