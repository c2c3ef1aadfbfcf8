package org.veil.engine.metric;

import org.veil.engine.classes.ClassTable;
import org.veil.engine.classes.EncodedInput;

/**
 * Average equivalence class size (LeFevre, DeWitt, Ramakrishnan 2006): records / classes, the
 * suppressed records together counting as one class.
 */
public final class AverageClassSize implements Metric {

    @Override
    public String name() {
        return "aecs";
    }

    @Override
    public String description() {
        return "Average equivalence class size, suppressed records counting as one class (LeFevre et al. 2006)";
    }

    @Override
    public PreparedMetric prepare(EncodedInput input) {
        double records = input.records();
        return new PreparedMetric() {
            @Override
            public double value(ClassTable table, boolean[] suppressed, int suppressedRecords) {
                int classes = 0;
                for (int c = 0; c < table.size(); c++) {
                    if (!suppressed[c]) {
                        classes++;
                    }
                }
                return records / (classes + (suppressedRecords > 0 ? 1 : 0));
            }

            @Override
            public double lowerBound(int[] levels) {
                return 1;
            }

            @Override
            public double classBound(ClassTable table) {
                // Suppressing k ≥ 1 classes leaves at most size − k + 1 groups; generalizing merges classes.
                return records / table.size();
            }
        };
    }
}
