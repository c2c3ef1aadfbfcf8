package org.veil.engine.utility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.veil.engine.classes.RandomInputs;
import org.veil.engine.data.Column;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.metric.Metric;
import org.veil.engine.privacy.KAnonymity;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.engine.search.Anonymization;
import org.veil.engine.search.AnonymizationConfig;
import org.veil.engine.search.QuasiIdentifier;
import org.veil.engine.search.Transformed;

/** Counting invariants of the utility reports on random data and transformations. */
class UtilityProperties {

    @Property(tries = 300)
    void distributionCountsAddUpToTheRows(@ForAll long seed, @ForAll @IntRange(min = 0, max = 8) int topN)
            throws HierarchyException {
        Dataset data = RandomInputs.draw(seed, 120, 6).data();
        for (Column column : data.columns()) {
            Distribution distribution = Distribution.of(column, topN);
            long sum = distribution.othersCount();
            for (Distribution.Entry entry : distribution.entries()) {
                sum += entry.count();
            }
            assertEquals(data.rowCount(), sum);
            assertTrue(distribution.entries().size() <= topN);
            for (int i = 1; i < distribution.entries().size(); i++) {
                assertTrue(distribution.entries().get(i - 1).count() >= distribution.entries().get(i).count());
            }
        }
    }

    @Property(tries = 300)
    void contingencyCellsAddUpToTheRowsAndMatchTheDistributions(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 6) int topN) throws HierarchyException {
        Dataset data = RandomInputs.draw(seed, 120, 6).data();
        Random random = new Random(seed);
        String rows = data.column(random.nextInt(data.columnCount())).name();
        String columns = data.column(random.nextInt(data.columnCount())).name();
        ContingencyTable table = ContingencyTable.of(data, rows, columns, topN);
        long sum = 0;
        long[] rowSums = new long[table.counts().length];
        for (int i = 0; i < table.counts().length; i++) {
            for (long count : table.counts()[i]) {
                sum += count;
                rowSums[i] += count;
            }
        }
        assertEquals(data.rowCount(), sum);
        // the row margins are the row column's distribution
        Distribution distribution = Distribution.of(data.column(rows), topN);
        for (int i = 0; i < distribution.entries().size(); i++) {
            assertEquals(distribution.entries().get(i).count(), rowSums[i]);
        }
        assertEquals(distribution.othersCount() > 0, table.rowOthers());
    }

    /** Per-attribute entropy and loss add up to the search's metric values, whatever is suppressed. */
    @Property(tries = 200)
    void attributeMetricsAddUpToTheMetrics(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int k)
            throws HierarchyException {
        RandomInputs.Sample sample = RandomInputs.draw(seed, 80, 3);
        Random random = new Random(seed ^ 0x5DEECE66DL);
        List<QuasiIdentifier> qis = new ArrayList<>();
        int[] levels = new int[sample.qis().size()];
        for (int d = 0; d < levels.length; d++) {
            qis.add(new QuasiIdentifier(sample.qis().get(d), sample.hierarchies().get(d)));
            levels[d] = random.nextInt(sample.hierarchies().get(d).height() + 1);
        }
        double[] values = new double[3];
        String[] metrics = {"loss", "entropy", "entropy-nm"};
        List<AttributeUtility> utility = null;
        for (int m = 0; m < metrics.length; m++) {
            AnonymizationConfig config = new AnonymizationConfig(qis, Set.of(), List.of(new KAnonymity(k)), 1.0,
                    Metric.named(metrics[m]));
            Anonymization anonymization = Anonymization.prepare(sample.data(), config);
            Transformed transformed = anonymization.apply(anonymization.lattice().index(levels));
            values[m] = transformed.evaluation().metricValue();
            utility = AttributeUtility.of(sample.data(), config, transformed);
            int suppressed = transformed.evaluation().suppressedRecords();
            for (AttributeUtility attribute : utility) {
                assertTrue(attribute.suppressedCells() <= suppressed);
            }
        }
        double loss = 0;
        double entropy = 0;
        double entropyNm = 0;
        for (AttributeUtility attribute : utility) {
            loss += attribute.loss() / utility.size();
            entropy += attribute.nonUniformEntropy();
            entropyNm += attribute.nonUniformEntropyWithSuppression();
        }
        assertEquals(values[0], loss, 1e-9);
        assertEquals(values[1], entropy, 1e-9 * Math.max(1, values[1]));
        assertEquals(values[2], entropyNm, 1e-9 * Math.max(1, values[2]));
    }

    @Property(tries = 100)
    void classificationIsDeterministicAndBounded(@ForAll long seed, @ForAll @IntRange(min = 2, max = 10) int folds)
            throws HierarchyException {
        Dataset data = RandomInputs.draw(seed, 120, 4).data();
        if (data.rowCount() < folds) {
            return;
        }
        List<String> features = data.columnNames().subList(0, data.columnCount() - 1);
        ClassificationUtility first = ClassificationUtility.of(data, data, "s", features, folds, seed,
                ProgressListener.NONE, CancellationToken.NONE);
        ClassificationUtility second = ClassificationUtility.of(data, data, "s", features, folds, seed,
                ProgressListener.NONE, CancellationToken.NONE);
        assertEquals(first, second);
        for (double accuracy : new double[] {first.inputAccuracy(), first.outputAccuracy(), first.baselineAccuracy()}) {
            assertTrue(accuracy >= 0 && accuracy <= 1, first.toString());
        }
        assertEquals(first.inputAccuracy(), first.outputAccuracy(), 1e-12); // the same data on both sides
    }
}
