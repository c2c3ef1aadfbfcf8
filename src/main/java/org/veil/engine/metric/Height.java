package org.veil.engine.metric;

import org.veil.engine.classes.ClassTable;
import org.veil.engine.classes.EncodedInput;

/** Height: the sum of the generalization levels. Needs no data; ignores suppression. */
public final class Height implements Metric {

    @Override
    public String name() {
        return "height";
    }

    @Override
    public String description() {
        return "Height: the sum of the generalization levels";
    }

    @Override
    public PreparedMetric prepare(EncodedInput input) {
        return new PreparedMetric() {
            @Override
            public double value(ClassTable table, boolean[] suppressed, int suppressedRecords) {
                return lowerBound(table.levels());
            }

            @Override
            public double lowerBound(int[] levels) {
                int sum = 0;
                for (int level : levels) {
                    sum += level;
                }
                return sum;
            }

            @Override
            public boolean dependsOnClasses() {
                return false;
            }
        };
    }
}
