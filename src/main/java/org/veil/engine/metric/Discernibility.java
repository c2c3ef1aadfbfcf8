package org.veil.engine.metric;

import org.veil.engine.classes.ClassTable;
import org.veil.engine.classes.EncodedInput;

/**
 * Discernibility (Bayardo and Agrawal 2005): every record is charged the size of its class, a
 * suppressed record the size of the whole input: Σ |E|² + N · |suppressed|.
 */
public final class Discernibility implements Metric {

    @Override
    public String name() {
        return "discernibility";
    }

    @Override
    public String description() {
        return "Discernibility: each record costs the size of its class, a suppressed record the size of the data"
                + " (Bayardo and Agrawal 2005)";
    }

    @Override
    public PreparedMetric prepare(EncodedInput input) {
        double records = input.records();
        return new PreparedMetric() {
            @Override
            public double value(ClassTable table, boolean[] suppressed, int suppressedRecords) {
                double sum = records * suppressedRecords;
                for (int c = 0; c < table.size(); c++) {
                    if (!suppressed[c]) {
                        sum += (double) table.count(c) * table.count(c);
                    }
                }
                return sum;
            }

            @Override
            public double lowerBound(int[] levels) {
                return records; // every record costs at least 1
            }

            @Override
            public double classBound(ClassTable table) {
                // Classes only merge upwards and a suppressed record costs N ≥ its class size.
                double sum = 0;
                for (int c = 0; c < table.size(); c++) {
                    sum += (double) table.count(c) * table.count(c);
                }
                return sum;
            }
        };
    }
}
