package org.veil.engine.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import org.veil.engine.classes.ClassTable;
import org.veil.engine.classes.ClassTables;
import org.veil.engine.lattice.Lattice;
import org.veil.engine.metric.PreparedMetric;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;

/**
 * Finds the anonymous transformation with the lowest metric value, exactly, checking as few
 * transformations as it can (docs/adr/0003-exact-search.md).
 *
 * <p>Every transformation has a lower bound of its metric that never exceeds its value and never
 * decreases upwards ({@link PreparedMetric#lowerBound}, {@link PreparedMetric#classBound}). Once
 * some anonymous transformation is known, only transformations whose bound does not exceed its
 * value can still win. The search:
 * <ol>
 * <li>takes a first anonymous transformation from a bisection up the cheapest path, as an upper
 * bound;</li>
 * <li>then, in rounds, checks the maximal elements of the <em>open region</em>: transformations
 * whose bound does not exceed the best value and whose anonymity or value is not yet known.
 * A check settles the transformation itself and, through the inference rules of
 * {@link Evaluator}, often a whole down-set (non-anonymous) or up-set (anonymous) at once;
 * an anonymous one may lower the best value and shrink the region;</li>
 * <li>stops when the region is empty: every other transformation is non-anonymous or bounded
 * above the best.</li>
 * </ol>
 * Pruning by inference happens only where the rules hold, so the result is the true optimum for
 * every combination of models and metric. Ties go to the lower height, then the lower number.
 */
final class OptimalSearch {

    private static final double TIE = 1e-12;

    private final Lattice lattice;
    private final Evaluator evaluator;
    private final ClassCache cache;
    private final boolean monotone;
    private final ProgressListener progress;
    private final CancellationToken cancel;
    private final SolutionSpace space;
    private final PreparedMetric metric;
    private final ForkJoinPool pool;
    private final double[] bound;
    private final int[] heights;
    private int checked;
    private int openCount;
    private int best = -1;
    private double bestValue = Double.POSITIVE_INFINITY;

    OptimalSearch(Lattice lattice, Evaluator evaluator, ClassCache cache, boolean monotone, ForkJoinPool pool,
            ProgressListener progress, CancellationToken cancel) {
        this.lattice = lattice;
        this.evaluator = evaluator;
        this.cache = cache;
        this.monotone = monotone;
        this.progress = progress;
        this.cancel = cancel;
        this.space = new SolutionSpace(lattice);
        this.metric = evaluator.metric();
        this.pool = pool;
        this.bound = new double[lattice.size()];
        this.heights = new int[lattice.size()];
        int[] levels = new int[lattice.dimensions()];
        for (int node = 0; node < lattice.size(); node++) {
            lattice.levels(node, levels);
            bound[node] = metric.lowerBound(levels);
            heights[node] = lattice.height(levels);
        }
    }

    SolutionSpace run() {
        progress.progress(ProgressListener.INDETERMINATE, "Looking for a first anonymous transformation…");
        bisect(pathUp(lattice.bottom()));
        int round = 0;
        while (true) {
            cancel.throwIfCancelled();
            tightenBounds();
            List<Integer> maximal = maximalOpen();
            if (maximal.isEmpty()) {
                break;
            }
            round++;
            progress.progress(1 - (double) openCount / lattice.size(), String.format(
                    "Searching for the optimum: round %d, %,d transformations to check, %,d checked", round,
                    maximal.size(), checked));
            maximal.sort(Comparator.comparingDouble((Integer n) -> bound[n]).thenComparingInt(n -> n));
            pool.invoke(new GroupCheck(maximal, cache.bottom()));
        }
        space.setOptimum(best);
        progress.progress(1, String.format("Search finished: %,d transformations checked", checked));
        return space;
    }

    int checked() {
        return checked;
    }

    /** Whether a transformation could still beat the best and is not settled yet. */
    private synchronized boolean isOpen(int node) {
        if (best >= 0 && bound[node] > bestValue + TIE * Math.max(1, Math.abs(bestValue))) {
            return false;
        }
        NodeState state = space.state(node);
        return state == NodeState.NOT_CHECKED
                || (state == NodeState.ANONYMOUS_INFERRED && Double.isNaN(space.value(node)));
    }

    /** Open transformations none of whose direct successors is open; counts the open ones too. */
    private List<Integer> maximalOpen() {
        List<Integer> maximal = new ArrayList<>();
        openCount = 0;
        for (int node = 0; node < lattice.size(); node++) {
            if (!isOpen(node)) {
                continue;
            }
            openCount++;
            boolean isMaximal = true;
            for (int d = 0; d < lattice.dimensions() && isMaximal; d++) {
                int successor = lattice.successor(node, d);
                isMaximal = successor < 0 || !isOpen(successor);
            }
            if (isMaximal) {
                maximal.add(node);
            }
        }
        return maximal;
    }

    /** From {@code node} upwards through unsettled transformations, preferring the lowest bound. */
    private List<Integer> pathUp(int node) {
        List<Integer> path = new ArrayList<>();
        int current = node;
        while (current >= 0) {
            path.add(current);
            int next = -1;
            for (int d = 0; d < lattice.dimensions(); d++) {
                int successor = lattice.successor(current, d);
                if (successor >= 0 && !space.state(successor).isKnown()
                        && (next < 0 || bound[successor] < bound[next])) {
                    next = successor;
                }
            }
            current = next;
        }
        return path;
    }

    /**
     * Bisects a path for its first anonymous transformation. Exact when anonymity is monotone;
     * otherwise it still yields anonymous transformations to start from, which is all it is for.
     */
    private void bisect(List<Integer> path) {
        int low = 0;
        int high = path.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int node = path.get(mid);
            if (!space.state(node).isKnown()) {
                check(node);
            }
            if (space.state(node).isAnonymous()) {
                high = mid - 1;
            } else {
                low = mid + 1;
            }
        }
    }

    private void check(int node) {
        ClassTable table = cache.tableFor(node);
        record(node, table, evaluator.evaluate(table));
    }

    /** Books a checked transformation and draws the inferences it allows. */
    private synchronized void record(int node, ClassTable table, Evaluation evaluation) {
        space.record(node, evaluation);
        checked++;
        bound[node] = Math.max(bound[node], metric.classBound(table));
        if (evaluation.anonymous()) {
            consider(node, evaluation.metricValue());
            if (evaluation.safeUpwards()) {
                inferUp(node);
            }
        } else if (monotone || !evaluator.withinLimit(evaluation.suppressionBound())) {
            inferDown(node);
        }
    }

    private void consider(int node, double value) {
        if (better(value, node)) {
            best = node;
            bestValue = value;
        }
    }

    /** Marks every generalization anonymous; scores them at once if the metric needs no classes. */
    private void inferUp(int node) {
        ArrayDeque<Integer> pending = new ArrayDeque<>();
        pending.push(node);
        int[] levels = new int[lattice.dimensions()];
        while (!pending.isEmpty()) {
            int current = pending.pop();
            for (int d = 0; d < lattice.dimensions(); d++) {
                int successor = lattice.successor(current, d);
                if (successor >= 0 && space.state(successor) == NodeState.NOT_CHECKED) {
                    space.setState(successor, NodeState.ANONYMOUS_INFERRED);
                    if (!metric.dependsOnClasses()) {
                        double value = metric.lowerBound(lattice.levels(successor, levels)); // exact here
                        space.setValue(successor, value);
                        consider(successor, value);
                    }
                    pending.push(successor);
                }
            }
        }
    }

    private void inferDown(int node) {
        ArrayDeque<Integer> pending = new ArrayDeque<>();
        pending.push(node);
        while (!pending.isEmpty()) {
            int current = pending.pop();
            for (int d = 0; d < lattice.dimensions(); d++) {
                int predecessor = lattice.predecessor(current, d);
                if (predecessor >= 0 && space.state(predecessor) == NodeState.NOT_CHECKED) {
                    space.setState(predecessor, NodeState.NOT_ANONYMOUS_INFERRED);
                    pending.push(predecessor);
                }
            }
        }
    }

    /**
     * Bounds are monotone, so a transformation's bound is at least its predecessors'. Node numbers
     * grow upwards (a predecessor has a smaller number), so one pass in number order suffices.
     */
    private void tightenBounds() {
        for (int node = 0; node < lattice.size(); node++) {
            for (int d = 0; d < lattice.dimensions(); d++) {
                int predecessor = lattice.predecessor(node, d);
                if (predecessor >= 0 && bound[predecessor] > bound[node]) {
                    bound[node] = bound[predecessor];
                }
            }
        }
    }

    /**
     * Checks a group of transformations whose classes all come from {@code source}. Rather than
     * rolling each up from the source, it first rolls up to the group's meet (the highest
     * transformation below all of them), splits the group along the dimension where its levels
     * differ most, and recurses with the meet as the new source: the tables shrink at every step,
     * so a round costs little more than a few roll-ups from the bottom. Halves run in parallel.
     */
    private final class GroupCheck extends RecursiveAction {
        private final List<Integer> group;
        private final ClassTable source;

        GroupCheck(List<Integer> group, ClassTable source) {
            this.group = group;
            this.source = source;
        }

        @Override
        protected void compute() {
            cancel.throwIfCancelled();
            List<Integer> open = new ArrayList<>();
            for (int node : group) {
                if (isOpen(node)) {
                    open.add(node);
                }
            }
            if (open.isEmpty()) {
                return;
            }
            int[] meet = meet(open);
            ClassTable hub = Arrays.equals(meet, source.levels()) ? source
                    : ClassTables.rollUp(source, meet, cache.input()).table();
            if (open.size() == 1) {
                int node = open.get(0);
                record(node, hub, evaluator.evaluate(hub));
                return;
            }
            int split = widestDimension(open);
            int lowest = meet[split];
            List<Integer> lower = new ArrayList<>();
            List<Integer> upper = new ArrayList<>();
            for (int node : open) {
                (lattice.level(node, split) == lowest ? lower : upper).add(node);
            }
            invokeAll(new GroupCheck(upper, hub), new GroupCheck(lower, hub));
        }

        private int[] meet(List<Integer> nodes) {
            int[] meet = lattice.levels(nodes.get(0));
            for (int node : nodes) {
                for (int d = 0; d < meet.length; d++) {
                    meet[d] = Math.min(meet[d], lattice.level(node, d));
                }
            }
            return meet;
        }

        private int widestDimension(List<Integer> nodes) {
            int widest = -1;
            int widestSpread = -1;
            for (int d = 0; d < lattice.dimensions(); d++) {
                int min = Integer.MAX_VALUE;
                int max = Integer.MIN_VALUE;
                for (int node : nodes) {
                    int level = lattice.level(node, d);
                    min = Math.min(min, level);
                    max = Math.max(max, level);
                }
                if (max - min > widestSpread) {
                    widest = d;
                    widestSpread = max - min;
                }
            }
            return widest;
        }
    }

    private boolean better(double value, int node) {
        if (best < 0) {
            return true;
        }
        double tolerance = TIE * Math.max(1, Math.abs(bestValue));
        if (value < bestValue - tolerance) {
            return true;
        }
        if (value > bestValue + tolerance) {
            return false;
        }
        return heights[node] != heights[best] ? heights[node] < heights[best] : node < best;
    }
}
