package org.veil.engine.tradeoff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The frontier is exactly the set of undominated points, whatever the ties. */
class ParetoFrontierProperties {

    /** Point lists with coordinates from a small grid (many ties and duplicates) or spread widely. */
    @Provide
    Arbitrary<List<double[]>> points() {
        Arbitrary<Double> grid = Arbitraries.integers().between(0, 6).map(i -> i / 4.0);
        Arbitrary<Double> wide = Arbitraries.doubles().between(0, 1000);
        Arbitrary<Double> coordinate = Arbitraries.oneOf(grid, wide);
        return coordinate.list().ofSize(2).map(xy -> new double[] {xy.get(0), xy.get(1)}).list().ofMaxSize(60);
    }

    @Property(tries = 500)
    void noFrontierPointIsDominatedAndEveryOtherIs(@ForAll("points") List<double[]> points) {
        double[] x = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = points.stream().mapToDouble(p -> p[1]).toArray();
        boolean[] frontier = ParetoFrontier.of(x, y);
        for (int i = 0; i < x.length; i++) {
            if (frontier[i]) {
                for (int j = 0; j < x.length; j++) {
                    assertFalse(ParetoFrontier.dominates(x[j], y[j], x[i], y[i]),
                            "frontier point " + i + " is dominated by " + j);
                }
            } else {
                boolean dominatedByFrontier = false;
                for (int j = 0; j < x.length && !dominatedByFrontier; j++) {
                    dominatedByFrontier = frontier[j] && ParetoFrontier.dominates(x[j], y[j], x[i], y[i]);
                }
                assertTrue(dominatedByFrontier, "point " + i + " is off the frontier but no frontier point dominates it");
            }
        }
    }

    @Property(tries = 300)
    void matchesTheQuadraticDefinition(@ForAll("points") List<double[]> points) {
        double[] x = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = points.stream().mapToDouble(p -> p[1]).toArray();
        boolean[] expected = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            expected[i] = true;
            for (int j = 0; j < x.length; j++) {
                if (ParetoFrontier.dominates(x[j], y[j], x[i], y[i])) {
                    expected[i] = false;
                }
            }
        }
        assertArrayEquals(expected, ParetoFrontier.of(x, y));
    }

    @Property(tries = 200)
    void aNonEmptySetHasAFrontier(@ForAll("points") List<double[]> points) {
        double[] x = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = points.stream().mapToDouble(p -> p[1]).toArray();
        boolean[] frontier = ParetoFrontier.of(x, y);
        boolean any = false;
        for (boolean on : frontier) {
            any |= on;
        }
        assertTrue(any || points.isEmpty());
    }
}
