package org.veil.engine.metric;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.veil.engine.classes.ClassTable;
import org.veil.engine.classes.ClassTables;
import org.veil.engine.classes.EncodedInput;
import org.veil.engine.classes.RandomInputs;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.lattice.Lattice;

/**
 * The bound contract the exact search relies on, for every metric on random small inputs:
 * <ul>
 * <li>{@code lowerBound(levels)} is at most the value of the transformation whatever is suppressed;</li>
 * <li>{@code lowerBound} never decreases from a transformation to a direct successor;</li>
 * <li>{@code classBound(table)} is at most the value of the transformation and of every
 * generalization of it, whatever they suppress.</li>
 * </ul>
 */
class MetricBoundsPropertyTest {

    private static final List<Metric> METRICS = List.of(new Loss(), new NonUniformEntropy(false),
            new NonUniformEntropy(true), new Discernibility(), new AverageClassSize(), new Precision(), new Height());

    private static boolean lessOrEqual(double a, double b) {
        return a <= b + 1e-9 * Math.max(1, Math.abs(b));
    }

    /** Suppression flags to try on a table: none, all, and a few random subsets. */
    private static List<boolean[]> suppressions(ClassTable table, Random random) {
        List<boolean[]> options = new ArrayList<>();
        options.add(new boolean[table.size()]);
        boolean[] all = new boolean[table.size()];
        Arrays.fill(all, true);
        options.add(all);
        for (int i = 0; i < 3; i++) {
            boolean[] some = new boolean[table.size()];
            for (int c = 0; c < some.length; c++) {
                some[c] = random.nextInt(3) == 0;
            }
            options.add(some);
        }
        return options;
    }

    private static int suppressedRecords(ClassTable table, boolean[] suppressed) {
        int records = 0;
        for (int c = 0; c < table.size(); c++) {
            if (suppressed[c]) {
                records += table.count(c);
            }
        }
        return records;
    }

    @Property(tries = 150)
    void boundsNeverExceedValuesAndNeverDecreaseUpwards(@ForAll long seed) throws HierarchyException {
        RandomInputs.Sample sample = RandomInputs.draw(seed, 40, 3);
        EncodedInput input = sample.input();
        Lattice lattice = new Lattice(input.heights());
        Random random = new Random(seed + 1);
        ClassTable bottom = ClassTables.bottom(input).table();
        ClassTable[] tables = new ClassTable[lattice.size()];
        List<List<boolean[]>> flags = new ArrayList<>();
        for (int node = 0; node < lattice.size(); node++) {
            tables[node] = ClassTables.rollUp(bottom, lattice.levels(node), input).table();
            flags.add(suppressions(tables[node], random));
        }
        for (Metric metric : METRICS) {
            PreparedMetric prepared = metric.prepare(input);
            double[][] values = new double[lattice.size()][];
            for (int node = 0; node < lattice.size(); node++) {
                values[node] = new double[flags.get(node).size()];
                for (int i = 0; i < values[node].length; i++) {
                    boolean[] suppressed = flags.get(node).get(i);
                    values[node][i] = prepared.value(tables[node], suppressed,
                            suppressedRecords(tables[node], suppressed));
                }
            }
            for (int node = 0; node < lattice.size(); node++) {
                int[] levels = lattice.levels(node);
                String where = metric.name() + " at " + Arrays.toString(levels) + ", seed " + seed;
                double bound = prepared.lowerBound(levels);
                for (double value : values[node]) {
                    assertTrue(lessOrEqual(bound, value), "lowerBound " + bound + " > value " + value + ": " + where);
                }
                for (int d = 0; d < lattice.dimensions(); d++) {
                    int up = lattice.successor(node, d);
                    if (up >= 0) {
                        double upper = prepared.lowerBound(lattice.levels(up));
                        assertTrue(lessOrEqual(bound, upper), "lowerBound decreases " + bound + " → " + upper
                                + " raising dimension " + d + ": " + where);
                    }
                }
                double classBound = prepared.classBound(tables[node]);
                for (int other = 0; other < lattice.size(); other++) {
                    if (lattice.isGeneralizationOf(other, node)) {
                        for (double value : values[other]) {
                            assertTrue(lessOrEqual(classBound, value), "classBound " + classBound + " > value " + value
                                    + " of " + Arrays.toString(lattice.levels(other)) + ": " + where);
                        }
                    }
                }
            }
        }
    }
}
