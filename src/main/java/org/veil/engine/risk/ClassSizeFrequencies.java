package org.veil.engine.risk;

import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;

/**
 * The class-size frequencies of a sample: for every class size {@code k}, how many equivalence
 * classes have exactly {@code k} records ({@code f_k}). This is all the population-uniqueness models
 * need from a dataset; together with the population size {@code N} (or the sampling fraction
 * {@code π = n / N}) it is their whole input.
 *
 * <p>Immutable. Sizes are kept ascending and distinct; sizes with no classes are not stored.
 */
public final class ClassSizeFrequencies {

    private static final ClassSizeFrequencies EMPTY = new ClassSizeFrequencies(new int[0], new long[0]);

    private final int[] sizes;
    private final long[] counts;
    private final long records;
    private final long classes;

    private ClassSizeFrequencies(int[] sizes, long[] counts) {
        this.sizes = sizes;
        this.counts = counts;
        long r = 0;
        long c = 0;
        for (int i = 0; i < sizes.length; i++) {
            r += sizes[i] * counts[i];
            c += counts[i];
        }
        this.records = r;
        this.classes = c;
    }

    /** No classes at all (an empty sample). */
    public static ClassSizeFrequencies empty() {
        return EMPTY;
    }

    /**
     * From the size of every class, in any order. Linear time for the usual case (largest class not
     * far bigger than the number of classes); falls back to sorting otherwise.
     *
     * @throws IllegalArgumentException if a size is not positive
     */
    public static ClassSizeFrequencies ofClassSizes(int... classSizes) {
        if (classSizes.length == 0) {
            return EMPTY;
        }
        int max = 0;
        for (int s : classSizes) {
            if (s <= 0) {
                throw new IllegalArgumentException("class sizes must be positive: " + s);
            }
            max = Math.max(max, s);
        }
        if (max <= 4L * classSizes.length + 1024) {
            long[] histogram = new long[max + 1];
            for (int s : classSizes) {
                histogram[s]++;
            }
            int distinct = 0;
            for (long h : histogram) {
                if (h != 0) {
                    distinct++;
                }
            }
            int[] sizes = new int[distinct];
            long[] counts = new long[distinct];
            int at = 0;
            for (int s = 1; s <= max; s++) {
                if (histogram[s] != 0) {
                    sizes[at] = s;
                    counts[at++] = histogram[s];
                }
            }
            return new ClassSizeFrequencies(sizes, counts);
        }
        int[] sorted = classSizes.clone();
        Arrays.sort(sorted);
        int[] sizes = new int[sorted.length];
        long[] counts = new long[sorted.length];
        int at = -1;
        for (int s : sorted) {
            if (at < 0 || sizes[at] != s) {
                sizes[++at] = s;
            }
            counts[at]++;
        }
        return new ClassSizeFrequencies(Arrays.copyOf(sizes, at + 1), Arrays.copyOf(counts, at + 1));
    }

    /**
     * From a map class size → number of classes of that size. Entries with a zero count are ignored.
     *
     * @throws IllegalArgumentException if a size is not positive or a count is negative
     */
    public static ClassSizeFrequencies of(Map<Integer, ? extends Number> frequencies) {
        SortedMap<Integer, Number> sorted = new java.util.TreeMap<>(frequencies);
        int[] sizes = new int[sorted.size()];
        long[] counts = new long[sorted.size()];
        int at = 0;
        for (Map.Entry<Integer, Number> e : sorted.entrySet()) {
            int size = e.getKey();
            long count = e.getValue().longValue();
            if (size <= 0) {
                throw new IllegalArgumentException("class sizes must be positive: " + size);
            }
            if (count < 0) {
                throw new IllegalArgumentException("negative number of classes of size " + size + ": " + count);
            }
            if (count > 0) {
                sizes[at] = size;
                counts[at++] = count;
            }
        }
        return new ClassSizeFrequencies(Arrays.copyOf(sizes, at), Arrays.copyOf(counts, at));
    }

    /** Sample size {@code n}: records in all classes. */
    public long records() {
        return records;
    }

    /** Number of classes {@code u}. */
    public long classes() {
        return classes;
    }

    /** {@code f_k}: the number of classes with exactly {@code size} records. */
    public long classesOfSize(int size) {
        int i = Arrays.binarySearch(sizes, size);
        return i >= 0 ? counts[i] : 0;
    }

    /** Sample uniques {@code f_1}: records alone in their class. */
    public long sampleUniques() {
        return classesOfSize(1);
    }

    /** Number of distinct class sizes. */
    public int distinctSizes() {
        return sizes.length;
    }

    /** The {@code i}-th distinct class size, ascending. */
    public int size(int i) {
        return sizes[i];
    }

    /** The number of classes of the {@code i}-th distinct size. */
    public long count(int i) {
        return counts[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClassSizeFrequencies other && Arrays.equals(sizes, other.sizes)
                && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(sizes) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ClassSizeFrequencies{");
        for (int i = 0; i < sizes.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(sizes[i]).append('=').append(counts[i]);
        }
        return sb.append('}').toString();
    }
}
