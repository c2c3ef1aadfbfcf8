package org.veil.engine.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.engine.reference.Describe;
import org.veil.engine.reference.PrivacyChecker;
import org.veil.engine.reference.ReferenceAnonymizer;
import org.veil.engine.reference.ReferenceModel;
import org.veil.engine.reference.ReferenceProblem;
import org.veil.engine.reference.Tables;

/**
 * On random small problems, every model kind and metric, the search finds exactly the optimum of a
 * naive enumeration of every transformation ({@link ReferenceAnonymizer}), releases valid data, and
 * settles every transformation consistently with the enumeration. Shrinking is off: the nested
 * random structures shrink slowly, and every failure message prints the whole problem instead.
 */
class SearchMatchesExhaustiveEnumerationProperties {

    @Provide
    Arbitrary<ReferenceProblem> problems() {
        return RandomProblems.problems();
    }

    /** 5–7 quasi-identifiers, 100–300 rows, up to 1,000 transformations: several search rounds, parallel checks. */
    @Provide
    Arbitrary<ReferenceProblem> largerProblems() {
        return RandomProblems.problems(Arbitraries.integers().between(5, 7), 100, 300)
                .filter(problem -> problem.transformations() <= 1000);
    }

    @Property(tries = 1000, shrinking = ShrinkingMode.OFF)
    void searchFindsTheOptimumOfExhaustiveEnumeration(@ForAll("problems") ReferenceProblem problem)
            throws HierarchyException {
        assertSearchFindsTheReferenceOptimum(problem);
    }

    @Property(tries = 25, shrinking = ShrinkingMode.OFF)
    void searchFindsTheOptimumOfExhaustiveEnumerationOnLargerLattices(
            @ForAll("largerProblems") ReferenceProblem problem) throws HierarchyException {
        assertSearchFindsTheReferenceOptimum(problem);
    }

    private static void assertSearchFindsTheReferenceOptimum(ReferenceProblem problem) throws HierarchyException {
        Anonymization engine = Anonymization.prepare(problem.data(), problem.toEngineConfig());
        AnonymizationResult result = engine.search(ProgressListener.NONE, CancellationToken.NONE);
        ReferenceAnonymizer reference = new ReferenceAnonymizer(problem);
        ReferenceAnonymizer.Result expected = reference.enumerate();
        String context = Describe.problem(problem);

        assertEquals(expected.optimum().isPresent(), result.optimum().isPresent(), "whether anonymous\n" + context);
        if (expected.optimum().isEmpty()) {
            return;
        }
        ReferenceAnonymizer.Outcome best = expected.optimum().get();
        Transformed optimum = result.optimum().get();
        assertArrayEquals(best.levels(), levels(optimum.levels()), "optimal levels, expected value " + best.value()
                + ", engine's " + optimum.evaluation().metricValue() + "\n" + context);
        assertSameValue(best.value(), optimum.evaluation().metricValue(), "optimal value\n" + context);
        assertEquals(best.suppressedRecords(), optimum.evaluation().suppressedRecords(), "suppressed\n" + context);
        assertTrue(optimum.evaluation().suppressedRecords() <= problem.suppressionLimit() * problem.data().rowCount()
                + 1e-9, "suppression within the limit\n" + context);
        assertEquals(List.of(), PrivacyChecker.violations(problem, optimum.output()), context);
        assertArrayEquals(reference.released(best.levels()), Tables.rows(optimum.output()), context);
    }

    @Property(tries = 500, shrinking = ShrinkingMode.OFF)
    void everySettledTransformationAgreesWithEnumeration(@ForAll("problems") ReferenceProblem problem)
            throws HierarchyException {
        Anonymization engine = Anonymization.prepare(problem.data(), problem.toEngineConfig());
        SolutionSpace space = engine.search(ProgressListener.NONE, CancellationToken.NONE).space();
        ReferenceAnonymizer.Result expected = new ReferenceAnonymizer(problem).enumerate();
        String context = Describe.problem(problem);

        for (ReferenceAnonymizer.Outcome outcome : expected.transformations()) {
            int node = outcome.number();
            NodeState state = space.state(node);
            String where = "transformation " + Arrays.toString(outcome.levels()) + " " + state + "\n"
                    + context;
            if (state == NodeState.NOT_CHECKED) {
                double bestValue = expected.optimum().orElseThrow(() -> new AssertionError(where)).value();
                assertTrue(!outcome.anonymous() || outcome.value() >= bestValue - tolerance(bestValue),
                        "skipped a transformation that beats the optimum: " + where);
                continue;
            }
            assertEquals(outcome.anonymous(), state.isAnonymous(), "anonymity of " + where);
            if (!Double.isNaN(space.value(node))) {
                assertSameValue(outcome.value(), space.value(node), "value of " + where);
            }
            if (space.suppressedRecords(node) >= 0) {
                assertEquals(outcome.suppressedRecords(), space.suppressedRecords(node), "suppressed by " + where);
            }
        }
    }

    @Property(tries = 500, shrinking = ShrinkingMode.OFF)
    void applyingAnyTransformationFollowsTheDefinitions(@ForAll("problems") ReferenceProblem problem,
            @ForAll @Size(3) List<@DoubleRange(min = 0, max = 1, maxIncluded = false) Double> picks)
            throws HierarchyException {
        Anonymization engine = Anonymization.prepare(problem.data(), problem.toEngineConfig());
        ReferenceAnonymizer reference = new ReferenceAnonymizer(problem);
        String context = Describe.problem(problem);
        for (double pick : picks) {
            int node = (int) (pick * problem.transformations());
            int[] levels = problem.levelsOf(node);
            ReferenceAnonymizer.Outcome expected = reference.evaluate(levels);
            Transformed applied = engine.apply(node);
            String where = "transformation " + Arrays.toString(levels) + "\n" + context;

            assertArrayEquals(levels, levels(applied.levels()), where);
            assertEquals(expected.anonymous(), applied.evaluation().anonymous(), "anonymity of " + where);
            assertEquals(expected.suppressedRecords(), applied.evaluation().suppressedRecords(), "suppressed " + where);
            assertEquals(expected.classes(), applied.evaluation().classes(), "classes of " + where);
            assertEquals(expected.suppressedClasses(), applied.evaluation().suppressedClasses(),
                    "suppressed classes of " + where);
            assertSameValue(expected.value(), applied.evaluation().metricValue(), "value of " + where);
            assertArrayEquals(reference.released(levels), Tables.rows(applied.output()), "release of " + where);
            // Suppressing every record releases the same rows as the top transformation, which may be valid.
            List<String> violations = PrivacyChecker.violations(problem, applied.output());
            if (expected.anonymous() || expected.suppressedRecords() < problem.data().rowCount()) {
                assertEquals(expected.anonymous(), violations.isEmpty(), "the checker's verdict " + violations
                        + " on " + where);
            }
        }
    }

    @Example
    void datasetLevelSuppressionTakesTheSmallestClassWhoseFirstRecordComesFirst() throws HierarchyException {
        // Classes a{0,2}, b{1}, c{3}, d{4,5}: average risk 4/6; suppressing b (before c) brings it to 3/5.
        ReferenceProblem problem = new ReferenceProblem(Tables.dataset("letter", "a", "b", "a", "c", "d", "d"),
                List.of(new ReferenceProblem.Qi("letter", Tables.hierarchy("a;*", "b;*", "c;*", "d;*"))), Set.of(),
                List.of(ReferenceModel.averageRisk(0.6)), 1.0, "loss");
        Transformed bottom = Anonymization.prepare(problem.data(), problem.toEngineConfig()).apply(0);
        assertArrayEquals(new String[][] {{"a"}, {"*"}, {"a"}, {"c"}, {"d"}, {"d"}}, Tables.rows(bottom.output()));
    }

    @Example
    void equalValuesAndHeightsGoToTheLowerTransformationNumber() throws HierarchyException {
        // (1,0) is number 1 and (0,1) number 2: both 2-anonymous with height 1.
        ReferenceProblem problem = new ReferenceProblem(Tables.dataset("x;y", "a;c", "b;c", "a;d", "b;d"),
                List.of(new ReferenceProblem.Qi("x", Tables.hierarchy("a;*", "b;*")),
                        new ReferenceProblem.Qi("y", Tables.hierarchy("c;*", "d;*"))),
                Set.of(), List.of(ReferenceModel.k(2)), 0, "height");
        Transformed optimum = Anonymization.prepare(problem.data(), problem.toEngineConfig())
                .search(ProgressListener.NONE, CancellationToken.NONE).optimum().orElseThrow();
        assertEquals(Map.of("x", 1, "y", 0), optimum.levels());
    }

    private static int[] levels(Map<String, Integer> byName) {
        return byName.values().stream().mapToInt(Integer::intValue).toArray();
    }

    private static double tolerance(double value) {
        return 1e-9 * Math.max(1, Math.abs(value));
    }

    private static void assertSameValue(double expected, double actual, String message) {
        assertTrue(Math.abs(expected - actual) <= tolerance(expected),
                "expected " + expected + " but was " + actual + ": " + message);
    }
}
