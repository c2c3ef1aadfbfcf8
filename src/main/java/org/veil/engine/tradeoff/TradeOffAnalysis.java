package org.veil.engine.tradeoff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.veil.engine.lattice.Lattice;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.CancelledException;
import org.veil.engine.progress.ProgressListener;
import org.veil.engine.risk.ClassSizes;
import org.veil.engine.search.Anonymization;
import org.veil.engine.search.QuasiIdentifier;
import org.veil.engine.search.SolutionSpace;

/**
 * The risk side of every transformation the search evaluated (checked: its suppression and metric
 * value are known), or of the whole lattice on request, ready to be measured any way: for each, its released classes after the
 * suppression the engine applies (as {@link Anonymization#apply} would release it), kept as a small
 * histogram of class sizes, with its information loss (the metric value the search found) and
 * whether it satisfies the models. Forming the classes is the costly part and happens once, in
 * {@link #analyze}; {@link #tradeOff} then measures the risk and finds the Pareto frontier at once
 * for any measure and threshold.
 */
public final class TradeOffAnalysis {

    /** One evaluated transformation. */
    /**
     * One measured transformation.
     *
     * @param checked whether the search checked it (otherwise it was evaluated for the trade-off only)
     */
    public record Evaluated(int node, int[] levels, double loss, boolean anonymous, boolean checked,
            ClassSizeCounts classes) {

        public Evaluated {
            levels = levels.clone();
        }

        @Override
        public int[] levels() {
            return levels.clone();
        }
    }

    private final List<String> quasiIdentifiers;
    private final String metric;
    private final List<Evaluated> evaluated;

    public TradeOffAnalysis(List<String> quasiIdentifiers, String metric, List<Evaluated> evaluated) {
        this.quasiIdentifiers = List.copyOf(quasiIdentifiers);
        this.metric = metric;
        this.evaluated = evaluated.stream().sorted(Comparator.comparingInt(Evaluated::node)).toList();
    }

    /** Which transformations to measure. */
    public enum Scope {
        /** Those the search checked: the cheap default, a few hundred at most on real data. */
        CHECKED,
        /**
         * Every transformation of the lattice: those the search did not check are evaluated now, as
         * the search would have (same suppression, metric and verdict). Slower: seconds on Adult.
         */
        ALL
    }

    /** The transformations the search checked; see {@link #analyze(Anonymization, SolutionSpace, Scope, ProgressListener, CancellationToken)}. */
    public static TradeOffAnalysis analyze(Anonymization anonymization, SolutionSpace space, ProgressListener progress,
            CancellationToken cancel) {
        return analyze(anonymization, space, Scope.CHECKED, progress, cancel);
    }

    /**
     * Forms the released classes of every transformation in scope, in parallel. A checked one keeps
     * the metric value and verdict the search found; any other is evaluated as the search would have.
     *
     * @param space the search's result for this anonymization
     * @throws org.veil.engine.progress.CancelledException if cancelled
     */
    public static TradeOffAnalysis analyze(Anonymization anonymization, SolutionSpace space, Scope scope,
            ProgressListener progress, CancellationToken cancel) {
        Lattice lattice = space.lattice();
        List<Integer> nodes = new ArrayList<>();
        for (int node = 0; node < lattice.size(); node++) {
            if (scope == Scope.ALL || isEvaluated(space, node)) {
                nodes.add(node);
            }
        }
        // Lower transformations first: their cached classes roll up into the ones above.
        nodes.sort(Comparator.comparingInt(lattice::heightOf).thenComparingInt(n -> n));
        int total = nodes.size();
        Evaluated[] evaluated = new Evaluated[total];
        Progress reporter = new Progress(progress, total);
        progress.progress(0, String.format("Measuring the risk of %,d transformations", total));
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            pool.submit(() -> IntStream.range(0, total).parallel().forEach(i -> {
                cancel.throwIfCancelled();
                evaluated[i] = evaluate(anonymization, space, nodes.get(i));
                reporter.done();
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            cancel.throwIfCancelled();
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        cancel.throwIfCancelled();
        progress.progress(1, String.format("Risk measured for %,d transformations", total));
        List<String> names = anonymization.config().quasiIdentifiers().stream().map(QuasiIdentifier::column).toList();
        return new TradeOffAnalysis(names, anonymization.config().metric().name(), List.of(evaluated));
    }

    private static Evaluated evaluate(Anonymization anonymization, SolutionSpace space, int node) {
        Anonymization.Classified classified = anonymization.classify(node);
        ClassSizes released = ClassSizes.of(classified.classes(), classified.suppressed());
        boolean checked = isEvaluated(space, node);
        double loss = checked ? space.value(node) : classified.evaluation().metricValue();
        boolean anonymous = checked ? space.state(node).isAnonymous() : classified.evaluation().anonymous();
        return new Evaluated(node, space.lattice().levels(node), loss, anonymous, checked,
                ClassSizeCounts.of(released));
    }

    /** Reports progress from worker threads, a hundred times at most, never going back. */
    private static final class Progress {
        private final ProgressListener listener;
        private final int total;
        private final int step;
        private int done;

        Progress(ProgressListener listener, int total) {
            this.listener = listener;
            this.total = total;
            this.step = Math.max(1, total / 100);
        }

        synchronized void done() {
            done++;
            if (done % step == 0 && done < total) {
                listener.progress((double) done / total, String.format("Measuring the risk of transformation %,d of %,d",
                        done, total));
            }
        }
    }

    /** Whether the search evaluated a transformation: its suppression and metric value are known. */
    public static boolean isEvaluated(SolutionSpace space, int node) {
        return space.suppressedRecords(node) >= 0 && !Double.isNaN(space.value(node));
    }

    public List<String> quasiIdentifiers() {
        return quasiIdentifiers;
    }

    public String metric() {
        return metric;
    }

    /** Every evaluated transformation, by number. */
    public List<Evaluated> evaluated() {
        return evaluated;
    }

    /**
     * The risk of every evaluated transformation under a measure, paired with its loss, and the
     * Pareto frontier minimising both. Quick: no classes are formed.
     *
     * @param threshold for {@link RiskMeasure#SHARE_AT_RISK}, in (0, 1]; ignored by the other measures
     * @throws IllegalArgumentException if the threshold is outside (0, 1] where it is used
     */
    public TradeOff tradeOff(RiskMeasure measure, double threshold) {
        if (measure.usesThreshold() && !(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the risk threshold must be above 0 and at most 1, was " + threshold);
        }
        int n = evaluated.size();
        double[] risk = new double[n];
        double[] loss = new double[n];
        for (int i = 0; i < n; i++) {
            risk[i] = evaluated.get(i).classes().risk(measure, threshold);
            loss[i] = evaluated.get(i).loss();
        }
        boolean[] onFrontier = ParetoFrontier.of(loss, risk);
        List<TradeOffPoint> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Evaluated e = evaluated.get(i);
            points.add(new TradeOffPoint(e.node(), e.levels, risk[i], loss[i], e.anonymous(), e.checked(),
                    e.classes().suppressedRecords(), onFrontier[i]));
        }
        List<TradeOffPoint> frontier = points.stream().filter(TradeOffPoint::onFrontier)
                .sorted(Comparator.comparingDouble(TradeOffPoint::loss).thenComparingDouble(TradeOffPoint::risk)
                        .thenComparingInt(TradeOffPoint::node))
                .toList();
        return new TradeOff(quasiIdentifiers, metric, measure, threshold, points, frontier);
    }
}
