package org.veil.engine.privacy;

import java.util.Optional;

/**
 * A privacy model: a condition that every released equivalence class ({@link ClassLevelModel}) or
 * the released dataset as a whole ({@link DatasetLevelModel}) must meet. Definitions follow
 * docs/privacy-models.md; each model names the paper it comes from.
 */
public sealed interface PrivacyModel permits ClassLevelModel, DatasetLevelModel {

    /** Relative tolerance of threshold comparisons: values on the limit satisfy the model. */
    double TOLERANCE = 1e-9;

    /** A short description with parameters, e.g. {@code 5-anonymity}. */
    String description();

    /** The paper that defines the model. */
    String citation();

    /** The sensitive attribute the model protects, if it has one. */
    Optional<String> sensitiveAttribute();

    /**
     * Whether satisfying the model stays true when generalizing further, even with records
     * suppressed: the suppressed records of T' ≥ T are a subset of those of T. Without suppression
     * every model here is monotone.
     */
    boolean isMonotoneWithSuppression();

    /** {@code value ≥ limit}, allowing the relative tolerance. */
    static boolean atLeast(double value, double limit) {
        return value >= limit - TOLERANCE * Math.max(1, Math.abs(limit));
    }

    /** {@code value ≤ limit}, allowing the relative tolerance. */
    static boolean atMost(double value, double limit) {
        return value <= limit + TOLERANCE * Math.max(1, Math.abs(limit));
    }
}
