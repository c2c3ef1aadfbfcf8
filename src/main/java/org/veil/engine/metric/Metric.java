package org.veil.engine.metric;

import org.veil.engine.classes.EncodedInput;

/**
 * An objective the search minimises: how much information a transformation loses, lower is better.
 * Definitions follow docs/metrics.md.
 */
public interface Metric {

    /** The name used on the command line and in reports, e.g. {@code loss}. */
    String name();

    /** A sentence for the user. */
    String description();

    /** The metric for one input, with its per-attribute tables computed once. */
    PreparedMetric prepare(EncodedInput input);

    /** The metrics Veil offers, by name. */
    static Metric named(String name) {
        return switch (name) {
            case "loss" -> new Loss();
            case "entropy" -> new NonUniformEntropy(false);
            case "entropy-nm" -> new NonUniformEntropy(true);
            case "discernibility" -> new Discernibility();
            case "aecs" -> new AverageClassSize();
            case "precision" -> new Precision();
            case "height" -> new Height();
            default -> throw new IllegalArgumentException("unknown metric '" + name
                    + "'; use loss, entropy, entropy-nm, discernibility, aecs, precision or height");
        };
    }
}
