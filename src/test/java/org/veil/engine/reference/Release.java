package org.veil.engine.reference;

import java.util.List;

/**
 * A transformation applied by the reference: every record's generalized quasi-identifier values,
 * the equivalence classes (record numbers, in order of their first record) and which are suppressed.
 *
 * @param generalized per record, per quasi-identifier, the generalized value
 * @param classes     the records of each class
 * @param suppressed  per class, whether its records are suppressed
 */
record Release(int[] levels, String[][] generalized, List<List<Integer>> classes, boolean[] suppressed) {

    int records() {
        return generalized.length;
    }

    int suppressedRecords() {
        int count = 0;
        for (int c = 0; c < classes.size(); c++) {
            if (suppressed[c]) {
                count += classes.get(c).size();
            }
        }
        return count;
    }

    int retainedClasses() {
        int count = 0;
        for (boolean s : suppressed) {
            if (!s) {
                count++;
            }
        }
        return count;
    }

    /** Per record, whether it is suppressed. */
    boolean[] suppressedRecordFlags() {
        boolean[] flags = new boolean[records()];
        for (int c = 0; c < classes.size(); c++) {
            for (int record : classes.get(c)) {
                flags[record] = suppressed[c];
            }
        }
        return flags;
    }
}
