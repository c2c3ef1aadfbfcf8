package org.veil.engine.progress;

/**
 * Receives progress of long work: a fraction in [0, 1] (or {@link #INDETERMINATE}) and a short
 * phase text for the user. Implementations must be cheap; callers report at most a few hundred
 * times per operation.
 */
@FunctionalInterface
public interface ProgressListener {

    /** Fraction to report when the total amount of work is not known. */
    double INDETERMINATE = -1;

    ProgressListener NONE = (fraction, phase) -> { };

    void progress(double fraction, String phase);
}
