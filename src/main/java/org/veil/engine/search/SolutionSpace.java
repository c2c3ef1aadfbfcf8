package org.veil.engine.search;

import java.util.Arrays;
import org.veil.engine.lattice.Lattice;

/**
 * The classified solution space: for every transformation its state and, where computed, its
 * metric value and the number of records it suppresses. Filled by the search (single writer per
 * node); read by the GUI afterwards.
 */
public final class SolutionSpace {

    private final Lattice lattice;
    private final NodeState[] states;
    private final double[] values;
    private final int[] suppressed;
    private int optimum = -1;

    SolutionSpace(Lattice lattice) {
        this.lattice = lattice;
        this.states = new NodeState[lattice.size()];
        Arrays.fill(states, NodeState.NOT_CHECKED);
        this.values = new double[lattice.size()];
        Arrays.fill(values, Double.NaN);
        this.suppressed = new int[lattice.size()];
        Arrays.fill(suppressed, -1);
    }

    public Lattice lattice() {
        return lattice;
    }

    public NodeState state(int node) {
        return states[node];
    }

    /** The metric value, or NaN if it was not computed. */
    public double value(int node) {
        return values[node];
    }

    /** Suppressed records, or -1 if the transformation was not evaluated. */
    public int suppressedRecords(int node) {
        return suppressed[node];
    }

    /** The optimal transformation, or -1 if no transformation is anonymous. */
    public int optimum() {
        return optimum;
    }

    /** Number of transformations in each state. */
    public int count(NodeState state) {
        int count = 0;
        for (NodeState s : states) {
            if (s == state) {
                count++;
            }
        }
        return count;
    }

    void setState(int node, NodeState state) {
        states[node] = state;
    }

    void record(int node, Evaluation evaluation) {
        states[node] = evaluation.anonymous() ? NodeState.ANONYMOUS : NodeState.NOT_ANONYMOUS;
        values[node] = evaluation.metricValue();
        suppressed[node] = evaluation.suppressedRecords();
    }

    void setValue(int node, double value) {
        values[node] = value;
    }

    void setOptimum(int node) {
        optimum = node;
    }
}
