package org.veil.engine.classes;

import java.util.List;

/**
 * The parts of a dataset anonymization works on: the quasi-identifiers with their encoded
 * hierarchies, and the sensitive attributes the privacy models look at.
 */
public final class EncodedInput {

    private final int records;
    private final EncodedHierarchy[] hierarchies;
    private final int[][] qiCodes;
    private final List<SensitiveAttribute> sensitive;

    /**
     * @param qiCodes   per quasi-identifier, the data code of every record (the column's codes)
     * @param sensitive the sensitive attributes, in the order class tables keep their histograms
     */
    public EncodedInput(List<EncodedHierarchy> hierarchies, List<int[]> qiCodes, List<SensitiveAttribute> sensitive) {
        if (hierarchies.size() != qiCodes.size() || hierarchies.isEmpty()) {
            throw new IllegalArgumentException("one hierarchy per quasi-identifier, at least one");
        }
        this.hierarchies = hierarchies.toArray(new EncodedHierarchy[0]);
        this.qiCodes = qiCodes.toArray(new int[0][]);
        this.records = this.qiCodes[0].length;
        this.sensitive = List.copyOf(sensitive);
    }

    public int records() {
        return records;
    }

    public int dimensions() {
        return hierarchies.length;
    }

    public EncodedHierarchy hierarchy(int dimension) {
        return hierarchies[dimension];
    }

    /** Data code of a record's value in a quasi-identifier. */
    public int dataCode(int dimension, int record) {
        return qiCodes[dimension][record];
    }

    public int[] heights() {
        int[] heights = new int[hierarchies.length];
        for (int d = 0; d < heights.length; d++) {
            heights[d] = hierarchies[d].height();
        }
        return heights;
    }

    public List<SensitiveAttribute> sensitive() {
        return sensitive;
    }

    /** Index of a sensitive attribute by name, the position of its histograms in class tables. */
    public int sensitiveIndex(String name) {
        for (int i = 0; i < sensitive.size(); i++) {
            if (sensitive.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no sensitive attribute named " + name);
    }

    int[] qiColumn(int dimension) {
        return qiCodes[dimension];
    }
}
