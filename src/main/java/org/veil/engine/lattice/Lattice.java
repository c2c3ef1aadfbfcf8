package org.veil.engine.lattice;

import java.util.Arrays;

/**
 * The space of full-domain generalizations: one level per quasi-identifier, each between 0 and its
 * hierarchy's height. A transformation is numbered by its levels read as a mixed-radix number
 * (the first quasi-identifier varies fastest), so the whole space fits in flat arrays.
 *
 * <p>T' is a generalization of T (T ≤ T') when every level of T' is at least that of T. Direct
 * successors raise one level by one.
 */
public final class Lattice {

    /** The largest space the exact search enumerates. */
    public static final long MAX_SIZE = 1L << 24;

    private final int[] heights;
    private final int[] strides;
    private final int size;

    /**
     * @param heights the highest level of each quasi-identifier
     * @throws IllegalArgumentException if the space has more than {@link #MAX_SIZE} transformations
     */
    public Lattice(int[] heights) {
        this.heights = heights.clone();
        this.strides = new int[heights.length];
        long total = 1;
        for (int i = 0; i < heights.length; i++) {
            if (heights[i] < 0) {
                throw new IllegalArgumentException("negative height");
            }
            strides[i] = (int) total;
            total *= heights[i] + 1L;
            if (total > MAX_SIZE) {
                throw new IllegalArgumentException(String.format("the solution space has more than %,d transformations;"
                        + " use fewer quasi-identifiers or hierarchies with fewer levels", MAX_SIZE));
            }
        }
        this.size = (int) total;
    }

    /** Number of transformations. */
    public int size() {
        return size;
    }

    public int dimensions() {
        return heights.length;
    }

    public int height(int dimension) {
        return heights[dimension];
    }

    public int[] heights() {
        return heights.clone();
    }

    /** The transformation with these levels. */
    public int index(int[] levels) {
        int index = 0;
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] < 0 || levels[i] > heights[i]) {
                throw new IllegalArgumentException("level " + levels[i] + " out of range for dimension " + i);
            }
            index += levels[i] * strides[i];
        }
        return index;
    }

    /** The levels of a transformation, written into {@code out}. */
    public int[] levels(int index, int[] out) {
        int rest = index;
        for (int i = heights.length - 1; i >= 0; i--) {
            out[i] = rest / strides[i];
            rest -= out[i] * strides[i];
        }
        return out;
    }

    public int[] levels(int index) {
        return levels(index, new int[heights.length]);
    }

    /** One quasi-identifier's level in a transformation. */
    public int level(int index, int dimension) {
        return (index / strides[dimension]) % (heights[dimension] + 1);
    }

    /** The sum of levels: 0 at the bottom, {@link #maxHeight()} at the top. */
    public int height(int[] levels) {
        int sum = 0;
        for (int level : levels) {
            sum += level;
        }
        return sum;
    }

    public int heightOf(int index) {
        int sum = 0;
        for (int i = 0; i < heights.length; i++) {
            sum += level(index, i);
        }
        return sum;
    }

    public int maxHeight() {
        return Arrays.stream(heights).sum();
    }

    public int bottom() {
        return 0;
    }

    public int top() {
        return size - 1;
    }

    /** The successor raising {@code dimension} by one, or -1 if it is at its top. */
    public int successor(int index, int dimension) {
        return level(index, dimension) < heights[dimension] ? index + strides[dimension] : -1;
    }

    /** The predecessor lowering {@code dimension} by one, or -1 if it is at level 0. */
    public int predecessor(int index, int dimension) {
        return level(index, dimension) > 0 ? index - strides[dimension] : -1;
    }

    /** Whether {@code lower} ≤ {@code upper}: every level of lower is at most that of upper. */
    public boolean isGeneralizationOf(int upper, int lower) {
        for (int i = 0; i < heights.length; i++) {
            if (level(upper, i) < level(lower, i)) {
                return false;
            }
        }
        return true;
    }
}
