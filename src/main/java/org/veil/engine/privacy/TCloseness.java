package org.veil.engine.privacy;

import org.veil.engine.classes.ClassTable;
import org.veil.engine.classes.EncodedInput;
import org.veil.engine.classes.Histograms;
import org.veil.engine.classes.SensitiveAttribute;
import org.veil.engine.hierarchy.HierarchyException;

/**
 * t-closeness: in every class, the distribution Q of the sensitive attribute is within Earth
 * Mover's Distance t of its distribution P in the whole input. Subclasses define the ground
 * distance between values.
 */
public abstract sealed class TCloseness extends SensitiveModel
        permits EqualDistanceTCloseness, OrderedDistanceTCloseness, HierarchicalDistanceTCloseness {

    private final double t;

    TCloseness(String attribute, double t) {
        super(attribute);
        if (!(t >= 0 && t <= 1)) {
            throw new IllegalArgumentException("t must be between 0 and 1, was " + t);
        }
        this.t = t;
    }

    public double t() {
        return t;
    }

    /** The distance of one class's distribution from the input's. */
    @FunctionalInterface
    protected interface Distance {
        double emd(Histograms histograms, int c, int records);
    }

    /** The ground distance, prepared once for an input's sensitive attribute. */
    protected abstract Distance distance(SensitiveAttribute attribute) throws HierarchyException;

    @Override
    public final ClassCheck prepare(EncodedInput input) throws HierarchyException {
        int sensitive = input.sensitiveIndex(attribute);
        SensitiveAttribute values = input.sensitive().get(sensitive);
        Distance distance = distance(values);
        double farthest = farthest(distance, values);
        return new ClassCheck() {
            @Override
            public boolean satisfies(ClassTable table, int c) {
                return PrivacyModel.atMost(distance.emd(table.histograms(sensitive), c, table.count(c)), t);
            }

            /**
             * EMD is convex in the class distribution: EMD(class) ≤ Σ w_i EMD(part_i). Parts that
             * satisfy are within t, the others within the largest possible distance D, so the
             * violating parts weigh at least (EMD(class) − t) / (D − t).
             */
            @Override
            public double minimumViolatingShare(ClassTable table, int c) {
                double limit = t + TOLERANCE * Math.max(1, t); // what satisfying parts may reach
                if (farthest <= limit) {
                    return 0;
                }
                double emd = distance.emd(table.histograms(sensitive), c, table.count(c));
                return Math.min(1, Math.max(0, (emd - limit) / (farthest - limit)));
            }
        };
    }

    /**
     * The largest distance any class can have from the input's distribution. EMD is convex, so its
     * maximum over all distributions lies at a distribution holding a single value.
     */
    private static double farthest(Distance distance, SensitiveAttribute values) {
        double farthest = 0;
        for (int code = 0; code < values.domain(); code++) {
            Histograms single = Histograms.ofOneClass(new int[] {code}, new int[] {1});
            farthest = Math.max(farthest, distance.emd(single, 0, 1));
        }
        return farthest;
    }

    /** Fills {@code q} (zeroed, one slot per value code) with the class's shares. */
    static void shares(Histograms histograms, int c, int records, double[] q) {
        for (int e = histograms.begin(c); e < histograms.end(c); e++) {
            q[histograms.value(e)] = (double) histograms.count(e) / records;
        }
    }

    /** Clears what {@link #shares} wrote. */
    static void clear(Histograms histograms, int c, double[] q) {
        for (int e = histograms.begin(c); e < histograms.end(c); e++) {
            q[histograms.value(e)] = 0;
        }
    }

    @Override
    public String citation() {
        return LI;
    }

    @Override
    public boolean isMonotoneWithSuppression() {
        return false; // a distant class that merges in can push a close one beyond t
    }

    @Override
    public String description() {
        return EntropyLDiversity.format(t) + "-closeness of " + attribute + " (" + groundDistance() + " distance)";
    }

    /** The name of the ground distance, e.g. {@code equal}. */
    public abstract String groundDistance();
}
