package org.veil.engine.reference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.veil.engine.data.Dataset;

/**
 * A deliberately naive anonymizer that follows DEFINITIONS.md to the letter, for checking the
 * engine: it applies every transformation to every record, groups the records by their
 * generalized values, suppresses classes that violate a class-level model, then, while a
 * dataset-level model is violated, the smallest remaining class (the one whose first record comes
 * first among equal sizes), and scores the result cell by cell. Slow by design; shares nothing with
 * the engine but the {@code Dataset} and {@code Hierarchy} it reads.
 */
public final class ReferenceAnonymizer {

    /** What one transformation gives: whether it is anonymous, what it suppresses, its metric value. */
    public record Outcome(int number, int[] levels, boolean anonymous, int suppressedRecords, int classes,
            int suppressedClasses, double value) {

        public int height() {
            int sum = 0;
            for (int level : levels) {
                sum += level;
            }
            return sum;
        }
    }

    /** Every transformation's outcome, indexed by number, and the optimum if any is anonymous. */
    public record Result(List<Outcome> transformations, Optional<Outcome> optimum) {
    }

    /** A class-level model with its condition prepared for the input. */
    private record ClassCondition(ReferenceModel model, Predicate<List<String>> condition) {
    }

    /** Values within this relative distance of the minimum tie with it. */
    private static final double TIE = 1e-12;

    private final ReferenceProblem problem;
    private final List<ClassCondition> classConditions = new ArrayList<>();

    public ReferenceAnonymizer(ReferenceProblem problem) {
        this.problem = problem;
        for (ReferenceModel model : problem.models()) {
            if (!model.isDatasetLevel()) {
                classConditions.add(new ClassCondition(model, model.classCondition(problem.data())));
            }
        }
    }

    /** Evaluates every transformation and picks the optimum. */
    public Result enumerate() {
        List<Outcome> outcomes = new ArrayList<>();
        for (int number = 0; number < problem.transformations(); number++) {
            outcomes.add(evaluate(problem.levelsOf(number)));
        }
        return new Result(outcomes, optimum(outcomes));
    }

    /** Minimal value; among values within the tie tolerance, the lowest height, then the lowest number. */
    static Optional<Outcome> optimum(List<Outcome> outcomes) {
        List<Outcome> anonymous = outcomes.stream().filter(Outcome::anonymous).toList();
        if (anonymous.isEmpty()) {
            return Optional.empty();
        }
        double minimum = anonymous.stream().mapToDouble(Outcome::value).min().getAsDouble();
        double tolerance = TIE * Math.max(1, Math.abs(minimum));
        Outcome best = null;
        for (Outcome candidate : anonymous) {
            if (candidate.value() <= minimum + tolerance && (best == null || candidate.height() < best.height()
                    || candidate.height() == best.height() && candidate.number() < best.number())) {
                best = candidate;
            }
        }
        return Optional.of(best);
    }

    public Outcome evaluate(int[] levels) {
        Release release = apply(levels);
        boolean anonymous = Tolerance.atMost((double) release.suppressedRecords() / release.records(),
                problem.suppressionLimit());
        return new Outcome(problem.numberOf(levels), levels.clone(), anonymous, release.suppressedRecords(),
                release.classes().size(), release.classes().size() - release.retainedClasses(),
                ReferenceMetric.value(problem, release));
    }

    Release apply(int[] levels) {
        Dataset data = problem.data();
        String[][] generalized = new String[data.rowCount()][problem.dimensions()];
        Map<List<String>, List<Integer>> classes = new LinkedHashMap<>();
        for (int r = 0; r < data.rowCount(); r++) {
            for (int d = 0; d < problem.dimensions(); d++) {
                ReferenceProblem.Qi qi = problem.quasiIdentifiers().get(d);
                String value = data.column(qi.column()).value(r);
                generalized[r][d] = qi.hierarchy().generalize(value == null ? "" : value, levels[d]);
            }
            classes.computeIfAbsent(List.of(generalized[r]), key -> new ArrayList<>()).add(r);
        }
        List<List<Integer>> members = new ArrayList<>(classes.values());
        boolean[] suppressed = new boolean[members.size()];
        for (int c = 0; c < members.size(); c++) {
            suppressed[c] = !satisfiesClassModels(members.get(c));
        }
        suppressForDatasetModels(members, suppressed);
        return new Release(levels.clone(), generalized, members, suppressed);
    }

    private boolean satisfiesClassModels(List<Integer> records) {
        for (ClassCondition condition : classConditions) {
            if (!condition.condition().test(sensitiveValues(records, condition.model().attribute()))) {
                return false;
            }
        }
        return true;
    }

    private List<String> sensitiveValues(List<Integer> records, String attribute) {
        if (attribute == null) {
            return Collections.nCopies(records.size(), "");
        }
        List<String> values = new ArrayList<>();
        for (int record : records) {
            values.add(problem.data().column(attribute).value(record));
        }
        return values;
    }

    /** While a dataset-level model is violated, suppresses the smallest retained class, earliest first. */
    private void suppressForDatasetModels(List<List<Integer>> classes, boolean[] suppressed) {
        while (!datasetModelsHold(classes, suppressed)) {
            int smallest = -1;
            for (int c = 0; c < classes.size(); c++) {
                if (!suppressed[c] && (smallest < 0 || classes.get(c).size() < classes.get(smallest).size())) {
                    smallest = c;
                }
            }
            suppressed[smallest] = true;
        }
    }

    private boolean datasetModelsHold(List<List<Integer>> classes, boolean[] suppressed) {
        List<Integer> retainedSizes = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            if (!suppressed[c]) {
                retainedSizes.add(classes.get(c).size());
            }
        }
        for (ReferenceModel model : problem.models()) {
            if (model.isDatasetLevel() && !model.isSatisfiedByRelease(retainedSizes, problem.data().rowCount())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The dataset the engine should release for a transformation, row by row: identifiers dropped,
     * quasi-identifiers generalized or {@code *} where suppressed, other columns as they are.
     */
    public String[][] released(int[] levels) {
        Release release = apply(levels);
        boolean[] suppressed = release.suppressedRecordFlags();
        Dataset data = problem.data();
        List<String> columns = releasedColumns();
        String[][] rows = new String[data.rowCount()][columns.size()];
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < columns.size(); c++) {
                int dimension = dimensionOf(columns.get(c));
                rows[r][c] = dimension < 0 ? data.column(columns.get(c)).value(r)
                        : suppressed[r] ? "*" : release.generalized()[r][dimension];
            }
        }
        return rows;
    }

    /** The input's column names without the identifiers, in input order. */
    public List<String> releasedColumns() {
        return problem.data().columnNames().stream().filter(name -> !problem.identifiers().contains(name)).toList();
    }

    private int dimensionOf(String column) {
        for (int d = 0; d < problem.dimensions(); d++) {
            if (problem.quasiIdentifiers().get(d).column().equals(column)) {
                return d;
            }
        }
        return -1;
    }
}
