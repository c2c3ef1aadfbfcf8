package org.veil.ui.explore;

import java.util.Arrays;
import org.veil.engine.lattice.Lattice;

/**
 * The order of the transformations within each row of the lattice drawing, chosen so that a
 * transformation sits near those it generalizes and those generalizing it: short edges, related
 * transformations together. Deterministic, so the layout is the same every time.
 */
final class RowOrder {

    private final Lattice lattice;
    private final int[][] rows;
    private final int[] slots;
    private final int[] heights;

    /** Reorders {@code rows} in place and writes each node's position into {@code slots}. */
    RowOrder(Lattice lattice, int[][] rows, int[] slots, int[] heights) {
        this.lattice = lattice;
        this.rows = rows;
        this.slots = slots;
        this.heights = heights;
    }

    /**
     * Orders the rows: first by a projection of the levels in which each quasi-identifier pulls in
     * its own direction (those with more levels further out), which draws like a Hasse diagram; then
     * two barycentre sweeps, each placing a transformation at the mean position of its neighbours
     * below (on the way up) or above (on the way down). On Adult this shortens edges by about a tenth,
     * on the sample project's lattice by a third.
     */
    void apply() {
        double[] key = new double[lattice.size()];
        double[] pull = pulls(lattice);
        for (int h = 0; h < rows.length; h++) {
            for (int node : rows[h]) {
                double sum = 0;
                for (int d = 0; d < pull.length; d++) {
                    sum += pull[d] * lattice.level(node, d);
                }
                key[node] = sum;
            }
            sortRow(h, key);
        }
        for (int sweep = 0; sweep < 2; sweep++) {
            for (int h = 1; h < rows.length; h++) {
                orderByNeighbours(h, key, false);
            }
            for (int h = rows.length - 2; h >= 0; h--) {
                orderByNeighbours(h, key, true);
            }
        }
    }

    /** Each quasi-identifier's direction: by height, alternately left and right, growing outwards. */
    private static double[] pulls(Lattice lattice) {
        Integer[] byHeight = new Integer[lattice.dimensions()];
        for (int d = 0; d < byHeight.length; d++) {
            byHeight[d] = d;
        }
        Arrays.sort(byHeight, (a, b) -> Integer.compare(lattice.height(a), lattice.height(b)));
        double[] pull = new double[byHeight.length];
        for (int i = 0; i < byHeight.length; i++) {
            pull[byHeight[i]] = (i % 2 == 0 ? 1 : -1) * (i + 1);
        }
        return pull;
    }

    private void orderByNeighbours(int h, double[] key, boolean above) {
        for (int node : rows[h]) {
            double sum = 0;
            int count = 0;
            for (int d = 0; d < lattice.dimensions(); d++) {
                int neighbour = above ? lattice.successor(node, d) : lattice.predecessor(node, d);
                if (neighbour >= 0) {
                    sum += x(neighbour);
                    count++;
                }
            }
            key[node] = count == 0 ? x(node) : sum / count;
        }
        sortRow(h, key);
    }

    /** Sorts a row by key; ties keep their current order, so the result is deterministic. */
    private void sortRow(int h, double[] key) {
        IntSort.sort(rows[h], (a, b) -> Double.compare(key[a], key[b]));
        for (int slot = 0; slot < rows[h].length; slot++) {
            slots[rows[h][slot]] = slot;
        }
    }

    private double x(int node) {
        return slots[node] - (rows[heights[node]].length - 1) / 2.0;
    }
}
