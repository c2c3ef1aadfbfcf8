package org.veil.engine.metric;

import org.veil.engine.classes.EncodedHierarchy;
import org.veil.engine.classes.EncodedInput;

/** How many records hold each original value of each quasi-identifier, for the per-attribute metrics. */
final class AttributeFrequencies {

    private AttributeFrequencies() {
    }

    /** Per quasi-identifier, the number of records per level-0 code of its hierarchy. */
    static long[][] ofLevelZero(EncodedInput input) {
        long[][] counts = new long[input.dimensions()][];
        for (int d = 0; d < counts.length; d++) {
            EncodedHierarchy hierarchy = input.hierarchy(d);
            counts[d] = new long[hierarchy.levelSize(0)];
            int[] toLevelZero = hierarchy.levelMap(0);
            for (int r = 0; r < input.records(); r++) {
                counts[d][toLevelZero[input.dataCode(d, r)]]++;
            }
        }
        return counts;
    }
}
