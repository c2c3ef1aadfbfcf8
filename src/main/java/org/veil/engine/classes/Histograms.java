package org.veil.engine.classes;

/**
 * The distribution of one sensitive attribute inside every equivalence class, stored sparsely in
 * compressed rows: class {@code c} holds the entries {@code start[c] .. start[c+1]-1}, each a value
 * code with its (positive) count.
 */
public final class Histograms {

    private final int[] start;
    private final int[] values;
    private final int[] counts;

    Histograms(int[] start, int[] values, int[] counts) {
        this.start = start;
        this.values = values;
        this.counts = counts;
    }

    /** Histograms of a single class with the given values and counts, for probing distances. */
    public static Histograms ofOneClass(int[] values, int[] counts) {
        return new Histograms(new int[] {0, values.length}, values.clone(), counts.clone());
    }

    /** Number of distinct sensitive values in class {@code c}. */
    public int distinct(int c) {
        return start[c + 1] - start[c];
    }

    /** First entry of class {@code c}; entries run to {@link #end(int)}. */
    public int begin(int c) {
        return start[c];
    }

    public int end(int c) {
        return start[c + 1];
    }

    /** The value code of an entry. */
    public int value(int entry) {
        return values[entry];
    }

    /** The count of an entry. */
    public int count(int entry) {
        return counts[entry];
    }

    /** Total number of entries over all classes. */
    public int entries() {
        return values.length;
    }

    long bytes() {
        return 4L * (start.length + values.length + counts.length);
    }

    /**
     * Merges the histograms of classes into groups: group {@code mapping[c]} receives class c's
     * entries. Runs in time linear in the entries, with a dense scratch array over the value domain.
     */
    Histograms merge(int[] mapping, int groups, int domain) {
        if ((long) groups * domain <= 4L * values.length + 1024) {
            return mergeDense(mapping, groups, domain);
        }
        int[] groupStart = new int[groups + 1];
        for (int group : mapping) {
            groupStart[group + 1]++;
        }
        for (int g = 0; g < groups; g++) {
            groupStart[g + 1] += groupStart[g];
        }
        int[] order = new int[mapping.length];
        int[] fill = groupStart.clone();
        for (int c = 0; c < mapping.length; c++) {
            order[fill[mapping[c]]++] = c;
        }
        int[] scratch = new int[domain];
        int[] touched = new int[domain];
        int[] outStart = new int[groups + 1];
        int[] outValues = new int[values.length];
        int[] outCounts = new int[values.length];
        int out = 0;
        for (int g = 0; g < groups; g++) {
            int touchedCount = 0;
            for (int i = groupStart[g]; i < groupStart[g + 1]; i++) {
                int c = order[i];
                for (int e = start[c]; e < start[c + 1]; e++) {
                    int value = values[e];
                    if (scratch[value] == 0) {
                        touched[touchedCount++] = value;
                    }
                    scratch[value] += counts[e];
                }
            }
            for (int t = 0; t < touchedCount; t++) {
                int value = touched[t];
                outValues[out] = value;
                outCounts[out++] = scratch[value];
                scratch[value] = 0;
            }
            outStart[g + 1] = out;
        }
        return new Histograms(outStart, java.util.Arrays.copyOf(outValues, out), java.util.Arrays.copyOf(outCounts, out));
    }

    /**
     * The same merge through one dense count table of groups × values, for small value domains
     * (a binary attribute, a handful of categories), where it beats sorting the classes by group.
     */
    private Histograms mergeDense(int[] mapping, int groups, int domain) {
        int[] dense = new int[groups * domain];
        for (int c = 0; c < mapping.length; c++) {
            int base = mapping[c] * domain;
            for (int e = start[c]; e < start[c + 1]; e++) {
                dense[base + values[e]] += counts[e];
            }
        }
        int entries = 0;
        for (int count : dense) {
            if (count > 0) {
                entries++;
            }
        }
        int[] outStart = new int[groups + 1];
        int[] outValues = new int[entries];
        int[] outCounts = new int[entries];
        int out = 0;
        for (int g = 0; g < groups; g++) {
            int base = g * domain;
            for (int v = 0; v < domain; v++) {
                int count = dense[base + v];
                if (count > 0) {
                    outValues[out] = v;
                    outCounts[out++] = count;
                }
            }
            outStart[g + 1] = out;
        }
        return new Histograms(outStart, outValues, outCounts);
    }

    /** Histograms of groups of records: record r belongs to group {@code group[r]} and has value {@code value[r]}. */
    static Histograms ofRecords(int[] group, int groups, int[] value, int domain) {
        int[] ones = new int[group.length];
        java.util.Arrays.fill(ones, 1);
        int[] start = new int[group.length + 1];
        for (int r = 0; r < group.length; r++) {
            start[r + 1] = r + 1;
        }
        return new Histograms(start, value, ones).merge(group, groups, domain);
    }
}
