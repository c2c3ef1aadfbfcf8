package org.veil.engine.tradeoff;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The Pareto frontier of points that minimise two objectives: the points no other point dominates.
 * A point dominates another if it is no worse in both objectives and better in at least one.
 * Points equal in both objectives do not dominate each other, so both are on the frontier.
 */
public final class ParetoFrontier {

    private ParetoFrontier() {
    }

    /** Whether point a dominates point b. */
    public static boolean dominates(double ax, double ay, double bx, double by) {
        return ax <= bx && ay <= by && (ax < bx || ay < by);
    }

    /**
     * Which points are on the frontier, in O(n log n): sorted by x then y, a point is on it exactly
     * when its y is below every y before it, or equals the lowest so far and that lowest came with
     * the same x (a duplicate of a frontier point).
     *
     * @param x the first objective of each point, not NaN
     * @param y the second objective, not NaN, same length
     */
    public static boolean[] of(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length");
        }
        Integer[] order = IntStream.range(0, x.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> x[i]).thenComparingDouble(i -> y[i]));
        boolean[] onFrontier = new boolean[x.length];
        double lowestY = Double.POSITIVE_INFINITY;
        double xOfLowest = Double.NaN;
        for (int i : order) {
            if (Double.isNaN(x[i]) || Double.isNaN(y[i])) {
                throw new IllegalArgumentException("point " + i + " is not a number");
            }
            if (y[i] < lowestY) {
                onFrontier[i] = true;
                lowestY = y[i];
                xOfLowest = x[i];
            } else if (y[i] == lowestY && x[i] == xOfLowest) {
                onFrontier[i] = true;
            }
        }
        return onFrontier;
    }
}
