package org.veil.engine.classes;

/**
 * The equivalence classes of one transformation: for every class its generalized code in each
 * quasi-identifier, its number of records, and its histogram of each sensitive attribute. All in
 * flat int arrays; classes are numbered 0..size-1.
 */
public final class ClassTable {

    private final int[] levels;
    private final int dims;
    private final int[] codes;
    private final int[] counts;
    private final Histograms[] histograms;

    ClassTable(int[] levels, int[] codes, int[] counts, Histograms[] histograms) {
        this.levels = levels.clone();
        this.dims = levels.length;
        this.codes = codes;
        this.counts = counts;
        this.histograms = histograms;
    }

    /** The generalization levels the classes were formed at. */
    public int[] levels() {
        return levels.clone();
    }

    public int level(int dimension) {
        return levels[dimension];
    }

    public int size() {
        return counts.length;
    }

    public int dimensions() {
        return dims;
    }

    /** Records in class {@code c}. */
    public int count(int c) {
        return counts[c];
    }

    /** The generalized code of class {@code c} in a quasi-identifier, at {@link #level(int)}. */
    public int code(int c, int dimension) {
        return codes[c * dims + dimension];
    }

    /** The histograms of the sensitive attribute with this index (see {@link EncodedInput#sensitive()}). */
    public Histograms histograms(int sensitive) {
        return histograms[sensitive];
    }

    /** Approximate heap bytes, for cache budgets. */
    public long bytes() {
        long bytes = 64 + 4L * (codes.length + counts.length);
        for (Histograms h : histograms) {
            bytes += h.bytes();
        }
        return bytes;
    }

    int[] rawCodes() {
        return codes;
    }

    Histograms[] rawHistograms() {
        return histograms;
    }
}
