package org.veil.engine.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.engine.reference.PrivacyChecker;
import org.veil.engine.reference.ReferenceAnonymizer;
import org.veil.engine.reference.ReferenceModel;
import org.veil.engine.reference.ReferenceProblem;
import org.veil.engine.search.Anonymization;
import org.veil.engine.search.Transformed;

/**
 * On all 30,162 Adult records but only four quasi-identifiers (sex, age, race, marital-status: 60
 * transformations), the search finds the optimum of the reference's full enumeration, for
 * non-monotone and dataset-level models.
 */
class AdultSmallLatticeGoldenTest {

    private static final List<String> FOUR = List.of("sex", "age", "race", "marital-status");
    private static final String OCCUPATION = "occupation";

    static Stream<Arguments> configurations() {
        return Stream.of(
                Arguments.of("5-anonymity and equal 0.15-closeness, 5%, loss",
                        List.of(ReferenceModel.k(5), ReferenceModel.equalT(OCCUPATION, 0.15)), 0.05, "loss"),
                Arguments.of("10-anonymity and average risk 0.02, 1%, discernibility",
                        List.of(ReferenceModel.k(10), ReferenceModel.averageRisk(0.02)), 0.01, "discernibility"),
                Arguments.of("entropy 3-diversity, 5%, non-monotonic entropy",
                        List.of(ReferenceModel.entropyL(OCCUPATION, 3)), 0.05, "entropy-nm"),
                Arguments.of("sample uniqueness 0.0005 and hierarchical 0.2-closeness, 5%, AECS",
                        List.of(ReferenceModel.sampleUniqueness(0.0005),
                                ReferenceModel.hierarchicalT(OCCUPATION, 0.2, AdultData.hierarchy(OCCUPATION))),
                        0.05, "aecs"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    void searchFindsTheOptimumOfFullEnumeration(String name, List<ReferenceModel> models, double limit, String metric)
            throws HierarchyException {
        ReferenceProblem problem = AdultData.problem(FOUR, models, limit, metric);
        ReferenceAnonymizer.Outcome expected = new ReferenceAnonymizer(problem).enumerate().optimum()
                .orElseThrow(() -> new AssertionError("the configuration should have an anonymous transformation"));
        Transformed optimum = Anonymization.prepare(problem.data(), problem.toEngineConfig())
                .search(ProgressListener.NONE, CancellationToken.NONE).optimum().orElseThrow();

        assertArrayEquals(expected.levels(), optimum.levels().values().stream().mapToInt(Integer::intValue).toArray(),
                "levels " + optimum.levels());
        AdultGoldenTest.assertClose(expected.value(), optimum.evaluation().metricValue(), "metric value");
        assertEquals(expected.suppressedRecords(), optimum.evaluation().suppressedRecords());
        assertEquals(List.of(), PrivacyChecker.violations(problem, optimum.output()));
    }
}
