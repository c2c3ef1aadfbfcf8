package org.veil.engine.reference;

/**
 * The comparisons of DEFINITIONS.md: thresholds are inclusive and allow a relative tolerance of
 * 1e-9, so values that sit exactly on a limit satisfy it.
 */
final class Tolerance {

    static final double RELATIVE = 1e-9;

    private Tolerance() {
    }

    static boolean atLeast(double value, double limit) {
        return value >= limit - RELATIVE * Math.max(1, Math.abs(limit));
    }

    static boolean atMost(double value, double limit) {
        return value <= limit + RELATIVE * Math.max(1, Math.abs(limit));
    }
}
