package org.veil.engine.metric;

import org.veil.engine.classes.ClassTable;
import org.veil.engine.classes.EncodedInput;

/** Precision (Sweeney 2002): the mean over quasi-identifier cells of level / height; suppressed cells count 1. */
public final class Precision implements Metric {

    @Override
    public String name() {
        return "precision";
    }

    @Override
    public String description() {
        return "Precision: the mean generalization level relative to each hierarchy's height (Sweeney 2002)";
    }

    @Override
    public PreparedMetric prepare(EncodedInput input) {
        int dims = input.dimensions();
        int[] heights = input.heights();
        double records = input.records();
        return new PreparedMetric() {
            @Override
            public double value(ClassTable table, boolean[] suppressed, int suppressedRecords) {
                double retainedShare = share(table.levels());
                return ((records - suppressedRecords) * retainedShare + suppressedRecords) / records;
            }

            @Override
            public double lowerBound(int[] levels) {
                return share(levels);
            }

            private double share(int[] levels) {
                double sum = 0;
                for (int d = 0; d < dims; d++) {
                    sum += heights[d] == 0 ? 0 : (double) levels[d] / heights[d];
                }
                return sum / dims;
            }
        };
    }
}
