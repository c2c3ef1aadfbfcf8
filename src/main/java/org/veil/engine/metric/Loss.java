package org.veil.engine.metric;

import org.veil.engine.classes.ClassTable;
import org.veil.engine.classes.EncodedHierarchy;
import org.veil.engine.classes.EncodedInput;

/**
 * Loss (Iyengar 2002): per quasi-identifier cell, (leaves under the generalized value − 1) /
 * (leaves of the hierarchy − 1); a suppressed cell counts 1. The mean over all cells, in [0, 1].
 */
public final class Loss implements Metric {

    @Override
    public String name() {
        return "loss";
    }

    @Override
    public String description() {
        return "Loss: the mean share of each attribute's domain a released value stands for (Iyengar 2002)";
    }

    @Override
    public PreparedMetric prepare(EncodedInput input) {
        int dims = input.dimensions();
        long[][] frequencies = AttributeFrequencies.ofLevelZero(input);
        double[][][] cellLoss = new double[dims][][];
        double[][] levelLoss = new double[dims][];
        for (int d = 0; d < dims; d++) {
            EncodedHierarchy hierarchy = input.hierarchy(d);
            cellLoss[d] = new double[hierarchy.height() + 1][];
            levelLoss[d] = new double[hierarchy.height() + 1];
            for (int level = 0; level <= hierarchy.height(); level++) {
                cellLoss[d][level] = new double[hierarchy.levelSize(level)];
                for (int code = 0; code < cellLoss[d][level].length; code++) {
                    cellLoss[d][level][code] = AttributeMetrics.cellLoss(hierarchy, level, code);
                }
                for (int leaf = 0; leaf < frequencies[d].length; leaf++) {
                    levelLoss[d][level] += frequencies[d][leaf] * cellLoss[d][level][hierarchy.raise(leaf, 0, level)];
                }
            }
        }
        double cells = (double) input.records() * dims;
        return new PreparedMetric() {
            @Override
            public double value(ClassTable table, boolean[] suppressed, int suppressedRecords) {
                double sum = (double) suppressedRecords * dims;
                for (int c = 0; c < table.size(); c++) {
                    if (!suppressed[c]) {
                        double classLoss = 0;
                        for (int dim = 0; dim < dims; dim++) {
                            classLoss += cellLoss[dim][table.level(dim)][table.code(c, dim)];
                        }
                        sum += classLoss * table.count(c);
                    }
                }
                return sum / cells;
            }

            @Override
            public double lowerBound(int[] levels) {
                double sum = 0;
                for (int dim = 0; dim < dims; dim++) {
                    sum += levelLoss[dim][levels[dim]];
                }
                return sum / cells; // a suppressed cell loses 1, never less than its generalized value
            }
        };
    }
}
