package org.veil.engine.risk;

import java.util.Arrays;
import java.util.SortedMap;
import java.util.TreeMap;
import org.veil.engine.classes.ClassTable;

/**
 * The sizes of the released equivalence classes of a dataset, and how many records were
 * suppressed: everything the sample-based risk measures need ({@link ProsecutorRisk},
 * {@link RiskProfile}). Sizes are kept sorted, so the distribution and the uniques are one pass.
 */
public final class ClassSizes {

    private final int[] sizes;
    private final int records;
    private final int suppressed;

    /**
     * @param sizes      the size of every released class
     * @param suppressed records suppressed (in no class)
     */
    public ClassSizes(int[] sizes, int suppressed) {
        this.sizes = sizes.clone();
        Arrays.sort(this.sizes);
        this.suppressed = suppressed;
        this.records = Arrays.stream(sizes).sum() + suppressed;
    }

    /** The released classes of a table, skipping those flagged as suppressed ({@code null}: none). */
    public static ClassSizes of(ClassTable table, boolean[] suppressed) {
        int[] sizes = new int[table.size()];
        int released = 0;
        int suppressedRecords = 0;
        for (int c = 0; c < table.size(); c++) {
            if (suppressed != null && suppressed[c]) {
                suppressedRecords += table.count(c);
            } else {
                sizes[released++] = table.count(c);
            }
        }
        return new ClassSizes(Arrays.copyOf(sizes, released), suppressedRecords);
    }

    /** Number of released classes. */
    public int classes() {
        return sizes.length;
    }

    /** All records, released or suppressed. */
    public int records() {
        return records;
    }

    public int suppressedRecords() {
        return suppressed;
    }

    public int releasedRecords() {
        return records - suppressed;
    }

    public int smallest() {
        return sizes.length == 0 ? 0 : sizes[0];
    }

    public int largest() {
        return sizes.length == 0 ? 0 : sizes[sizes.length - 1];
    }

    /** The released class sizes, ascending. */
    public int[] sizes() {
        return sizes.clone();
    }

    /** Released records alone in their class (sample uniques): the classes of size 1. */
    public int uniques() {
        int uniques = 0;
        while (uniques < sizes.length && sizes[uniques] == 1) {
            uniques++;
        }
        return uniques;
    }

    /**
     * How many released classes have each size, by size ascending: the class-size histogram a
     * chart draws. Sizes no class has are left out.
     */
    public SortedMap<Integer, Integer> distribution() {
        SortedMap<Integer, Integer> distribution = new TreeMap<>();
        for (int i = 0; i < sizes.length; ) {
            int run = i;
            while (run < sizes.length && sizes[run] == sizes[i]) {
                run++;
            }
            distribution.put(sizes[i], run - i);
            i = run;
        }
        return distribution;
    }

    /** The sorted sizes themselves, for the measures of this package; never modified. */
    int[] sorted() {
        return sizes;
    }
}
