package org.veil.engine.reference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;

/**
 * Verifies a released dataset from its rows alone, against DEFINITIONS.md: it groups the rows by
 * their quasi-identifier values (rows whose quasi-identifiers are all {@code *} are the suppressed
 * ones), and checks the suppression limit, every class-level model on every retained class (t with
 * P over the whole input) and the dataset-level models. It also checks the shape of the release:
 * identifiers gone, other columns unchanged, each quasi-identifier its input generalized to one
 * level of its hierarchy.
 *
 * <p>Where the generalized values of the starred rows are {@code *} anyway (at the top of every
 * hierarchy), those rows may also be one retained class; the release passes if either reading is
 * valid.
 */
public final class PrivacyChecker {

    private static final String STAR = "*";

    private final ReferenceProblem problem;
    private final Dataset released;
    private final boolean[] starred;

    private PrivacyChecker(ReferenceProblem problem, Dataset released) {
        this.problem = problem;
        this.released = released;
        this.starred = new boolean[released.rowCount()];
        for (int r = 0; r < starred.length; r++) {
            starred[r] = qiValues(r).stream().allMatch(STAR::equals);
        }
    }

    /** Everything wrong with the release, one sentence each; empty if it is a valid release. */
    public static List<String> violations(ReferenceProblem problem, Dataset released) {
        List<String> columns = columnViolations(problem, released);
        return columns.isEmpty() ? new PrivacyChecker(problem, released).violations() : columns;
    }

    private List<String> violations() {
        List<String> violations = new ArrayList<>();
        boolean starsCanBeValues = true;
        for (ReferenceProblem.Qi qi : problem.quasiIdentifiers()) {
            List<Integer> levels = consistentLevels(qi);
            if (levels.isEmpty()) {
                violations.add("column " + qi.column() + " is not its input generalized to one level of its hierarchy");
            }
            starsCanBeValues &= levels.stream().anyMatch(level -> starredRowsGeneralizeToStar(qi, level));
        }
        if (!violations.isEmpty()) {
            return violations;
        }
        Map<List<String>, List<Integer>> classes = new LinkedHashMap<>();
        List<Integer> starredRows = new ArrayList<>();
        for (int r = 0; r < released.rowCount(); r++) {
            if (starred[r]) {
                starredRows.add(r);
            } else {
                classes.computeIfAbsent(qiValues(r), key -> new ArrayList<>()).add(r);
            }
        }
        List<String> asSuppressed = privacyViolations(classes.values(), starredRows.size());
        if (asSuppressed.isEmpty() || starredRows.isEmpty() || !starsCanBeValues) {
            return asSuppressed;
        }
        List<List<Integer>> withStarredClass = new ArrayList<>(classes.values());
        withStarredClass.add(starredRows);
        return privacyViolations(withStarredClass, 0).isEmpty() ? List.of() : asSuppressed;
    }

    private List<String> privacyViolations(Collection<List<Integer>> retained, int suppressed) {
        List<String> violations = new ArrayList<>();
        int records = released.rowCount();
        if (!Tolerance.atMost((double) suppressed / records, problem.suppressionLimit())) {
            violations.add(String.format("%d of %d records suppressed, above the limit %s", suppressed, records,
                    problem.suppressionLimit()));
        }
        List<Integer> sizes = retained.stream().map(List::size).toList();
        for (ReferenceModel model : problem.models()) {
            if (model.isDatasetLevel()) {
                if (!model.isSatisfiedByRelease(sizes, records)) {
                    violations.add("the release violates " + model);
                }
                continue;
            }
            Predicate<List<String>> condition = model.classCondition(problem.data());
            for (List<Integer> klass : retained) {
                if (!condition.test(sensitiveValues(klass, model.attribute()))) {
                    violations.add(String.format("class %s of %d records violates %s", qiValues(klass.get(0)),
                            klass.size(), model));
                }
            }
        }
        return violations;
    }

    private List<String> sensitiveValues(List<Integer> rows, String attribute) {
        if (attribute == null) {
            return Collections.nCopies(rows.size(), "");
        }
        List<String> values = new ArrayList<>();
        for (int row : rows) {
            values.add(released.column(attribute).value(row));
        }
        return values;
    }

    private List<String> qiValues(int row) {
        return problem.quasiIdentifiers().stream().map(qi -> released.column(qi.column()).value(row)).toList();
    }

    /** The levels at which the input generalizes to the released column in every row not starred. */
    private List<Integer> consistentLevels(ReferenceProblem.Qi qi) {
        List<Integer> levels = new ArrayList<>();
        for (int level = 0; level <= qi.hierarchy().height(); level++) {
            boolean matches = true;
            for (int r = 0; r < released.rowCount() && matches; r++) {
                matches = starred[r] || generalized(qi, r, level).equals(released.column(qi.column()).value(r));
            }
            if (matches) {
                levels.add(level);
            }
        }
        return levels;
    }

    private boolean starredRowsGeneralizeToStar(ReferenceProblem.Qi qi, int level) {
        for (int r = 0; r < released.rowCount(); r++) {
            if (starred[r] && !generalized(qi, r, level).equals(STAR)) {
                return false;
            }
        }
        return true;
    }

    private String generalized(ReferenceProblem.Qi qi, int row, int level) {
        Hierarchy hierarchy = qi.hierarchy();
        String original = problem.data().column(qi.column()).value(row);
        return hierarchy.generalize(original == null ? "" : original, level);
    }

    /** Identifiers removed, rows kept, every column not a quasi-identifier unchanged. */
    private static List<String> columnViolations(ReferenceProblem problem, Dataset released) {
        Dataset input = problem.data();
        List<String> expected = input.columnNames().stream().filter(name -> !problem.identifiers().contains(name))
                .toList();
        if (!released.columnNames().equals(expected)) {
            return List.of("released columns " + released.columnNames() + ", expected " + expected);
        }
        if (released.rowCount() != input.rowCount()) {
            return List.of("released " + released.rowCount() + " rows of " + input.rowCount());
        }
        List<String> violations = new ArrayList<>();
        for (String column : expected) {
            if (problem.quasiIdentifiers().stream().noneMatch(qi -> qi.column().equals(column))) {
                changedRow(input, released, column).ifPresent(violations::add);
            }
        }
        return violations;
    }

    private static Optional<String> changedRow(Dataset input, Dataset released, String column) {
        for (int r = 0; r < input.rowCount(); r++) {
            if (!Objects.equals(input.column(column).value(r), released.column(column).value(r))) {
                return Optional.of(String.format("column %s changed in row %d: '%s' became '%s'", column,
                        r, input.column(column).value(r), released.column(column).value(r)));
            }
        }
        return Optional.empty();
    }
}
