package org.veil.engine.tradeoff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veil.engine.classes.TinyInputs;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.metric.Metric;
import org.veil.engine.privacy.KAnonymity;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.CancelledException;
import org.veil.engine.progress.ProgressListener;
import org.veil.engine.risk.ClassSizes;
import org.veil.engine.risk.ProsecutorRisk;
import org.veil.engine.search.Anonymization;
import org.veil.engine.search.AnonymizationConfig;
import org.veil.engine.search.QuasiIdentifier;
import org.veil.engine.search.SolutionSpace;
import org.veil.engine.search.Transformed;

/**
 * The trade-off on nine patients small enough to check by hand (the data of the UI's TinyProject):
 * age and zip quasi-identifying, each with a hierarchy of height 3, so 16 transformations.
 *
 * <pre>
 *   age zip   → age=1, zip=2   class size
 *   21  47677 → 20-24 476**    3
 *   22  47602 → 20-24 476**    3
 *   23  47678 → 20-24 476**    3
 *   24  47905 → 20-24 479**    1  suppressed under 2-anonymity
 *   25  47909 → 25-29 479**    2
 *   26  47906 → 25-29 479**    2
 *   27  47605 → 25-29 476**    1  suppressed
 *   38  48001 → *     *        2
 *   39  48002 → *     *        2
 * </pre>
 *
 * Released at age=1, zip=2: classes of 3, 2 and 2 (7 records), 2 suppressed. Average risk 3 / 7,
 * highest 1 / 2; at a 20 % threshold all 7 released records are at risk (7 / 9 of all records), at
 * 40 % only the 4 in classes of 2 (4 / 9); at 50 % none, as a risk must exceed the threshold.
 */
class TradeOffAnalysisTest {

    private static final Dataset DATA = TinyInputs.dataset("age;zip",
            "21;47677", "22;47602", "23;47678", "24;47905", "25;47909", "26;47906", "27;47605", "38;48001", "39;48002");

    private static Hierarchy age() throws HierarchyException {
        return TinyInputs.hierarchy("21;20-24;20-29;*", "22;20-24;20-29;*", "23;20-24;20-29;*", "24;20-24;20-29;*",
                "25;25-29;20-29;*", "26;25-29;20-29;*", "27;25-29;20-29;*", "38;*;*;*", "39;*;*;*");
    }

    private static Hierarchy zip() throws HierarchyException {
        return TinyInputs.hierarchy("47677;4767*;476**;*", "47678;4767*;476**;*", "47602;4760*;476**;*",
                "47605;4760*;476**;*", "47905;4790*;479**;*", "47906;4790*;479**;*", "47909;4790*;479**;*",
                "48001;4800*;*;*", "48002;4800*;*;*");
    }

    private static Anonymization prepare(int k, double limit) throws HierarchyException {
        return Anonymization.prepare(DATA, new AnonymizationConfig(
                List.of(new QuasiIdentifier("age", age()), new QuasiIdentifier("zip", zip())), Set.of(),
                List.of(new KAnonymity(k)), limit, Metric.named("loss")));
    }

    @Test
    void theHandWorkedTransformationMeasuresAsOnPaper() throws HierarchyException {
        Anonymization anonymization = prepare(2, 1.0);
        int node = anonymization.lattice().index(new int[] {1, 2});
        Anonymization.Classified classified = anonymization.classify(node);
        ClassSizeCounts counts = ClassSizeCounts.of(ClassSizes.of(classified.classes(), classified.suppressed()));

        assertEquals(9, counts.records());
        assertEquals(7, counts.releasedRecords());
        assertEquals(2, counts.suppressedRecords(), "Dan and Gus, alone in their classes");
        assertEquals(3, counts.classes());
        assertEquals(3.0 / 7, counts.risk(RiskMeasure.AVERAGE, 0.2), 1e-12);
        assertEquals(0.5, counts.risk(RiskMeasure.HIGHEST, 0.2), 1e-12);
        assertEquals(7.0 / 9, counts.risk(RiskMeasure.SHARE_AT_RISK, 0.2), 1e-12);
        assertEquals(4.0 / 9, counts.risk(RiskMeasure.SHARE_AT_RISK, 0.4), 1e-12);
        assertEquals(0.0, counts.risk(RiskMeasure.SHARE_AT_RISK, 0.5), 1e-12, "a risk must exceed the threshold");
    }

    @Test
    void theTopReleasesOneClassOfNine() throws HierarchyException {
        Anonymization anonymization = prepare(2, 1.0);
        Anonymization.Classified top = anonymization.classify(anonymization.lattice().top());
        ClassSizeCounts counts = ClassSizeCounts.of(ClassSizes.of(top.classes(), top.suppressed()));
        assertEquals(1.0 / 9, counts.risk(RiskMeasure.AVERAGE, 0.2), 1e-12);
        assertEquals(1.0 / 9, counts.risk(RiskMeasure.HIGHEST, 0.2), 1e-12);
        assertEquals(0.0, counts.risk(RiskMeasure.SHARE_AT_RISK, 0.2), 1e-12);
        assertEquals(1.0, counts.risk(RiskMeasure.SHARE_AT_RISK, 0.1), 1e-12, "1/9 exceeds 10 %");
    }

    @Test
    void everyCheckedTransformationIsAPointWithTheSearchsLossSuppressionAndVerdict() throws HierarchyException {
        Anonymization anonymization = prepare(2, 0.25);
        SolutionSpace space = anonymization.search(ProgressListener.NONE, CancellationToken.NONE).space();
        TradeOff tradeOff = TradeOffAnalysis.analyze(anonymization, space, ProgressListener.NONE,
                CancellationToken.NONE).tradeOff(RiskMeasure.AVERAGE, 0.2);

        List<Integer> checked = new ArrayList<>();
        for (int node = 0; node < space.lattice().size(); node++) {
            if (space.suppressedRecords(node) >= 0) {
                checked.add(node);
            }
        }
        assertFalse(checked.isEmpty());
        assertEquals(checked, tradeOff.points().stream().map(TradeOffPoint::node).toList(), "by number, all checked");
        assertEquals(List.of("age", "zip"), tradeOff.quasiIdentifiers());
        assertEquals("loss", tradeOff.metric());
        for (TradeOffPoint point : tradeOff.points()) {
            assertArrayEquals(space.lattice().levels(point.node()), point.levels());
            assertEquals(space.value(point.node()), point.loss());
            assertEquals(space.suppressedRecords(point.node()), point.suppressedRecords(),
                    "suppression as the search found it");
            assertEquals(space.state(point.node()).isAnonymous(), point.anonymous());
        }
    }

    @Test
    void everyMeasureEqualsTheProsecutorRiskOfTheAppliedTransformation() throws HierarchyException {
        for (int k : new int[] {2, 3}) {
            for (double limit : new double[] {0, 0.25, 1}) {
                Anonymization anonymization = prepare(k, limit);
                SolutionSpace space = anonymization.search(ProgressListener.NONE, CancellationToken.NONE).space();
                TradeOffAnalysis analysis = TradeOffAnalysis.analyze(anonymization, space, ProgressListener.NONE,
                        CancellationToken.NONE);
                for (double threshold : new double[] {0.1, 0.2, 1.0 / 3, 0.5, 1}) {
                    for (RiskMeasure measure : RiskMeasure.values()) {
                        for (TradeOffPoint point : analysis.tradeOff(measure, threshold).points()) {
                            Transformed applied = anonymization.apply(point.node());
                            ClassSizes released = ClassSizes.of(applied.classes(), applied.suppressed());
                            ProsecutorRisk risk = ProsecutorRisk.of(released, threshold);
                            double expected = switch (measure) {
                                case AVERAGE -> risk.average();
                                case HIGHEST -> risk.highest();
                                case SHARE_AT_RISK -> (double) risk.recordsAtRisk() / released.records();
                            };
                            assertEquals(expected, point.risk(), 1e-12,
                                    measure + " at " + threshold + " of " + point + ", k=" + k + ", limit=" + limit);
                            assertEquals(applied.evaluation().suppressedRecords(), point.suppressedRecords());
                        }
                    }
                }
            }
        }
    }

    @Test
    void theWholeLatticeEvaluatesTheUncheckedTransformationsAsTheSearchWouldHave() throws HierarchyException {
        Anonymization anonymization = prepare(2, 0.25);
        SolutionSpace space = anonymization.search(ProgressListener.NONE, CancellationToken.NONE).space();
        TradeOff tradeOff = TradeOffAnalysis.analyze(anonymization, space, TradeOffAnalysis.Scope.ALL,
                ProgressListener.NONE, CancellationToken.NONE).tradeOff(RiskMeasure.AVERAGE, 0.2);

        assertEquals(16, tradeOff.points().size());
        assertTrue(tradeOff.points().stream().anyMatch(p -> !p.checked()), "the search skips some on this data");
        for (TradeOffPoint point : tradeOff.points()) {
            Transformed applied = anonymization.apply(point.node());
            assertEquals(space.suppressedRecords(point.node()) >= 0, point.checked());
            assertEquals(applied.evaluation().metricValue(), point.loss(), 1e-12, point.toString());
            assertEquals(applied.evaluation().anonymous(), point.anonymous(), point.toString());
            if (space.state(point.node()).isKnown()) {
                assertEquals(space.state(point.node()).isAnonymous(), point.anonymous(), "agrees with the search");
            }
            ClassSizes released = ClassSizes.of(applied.classes(), applied.suppressed());
            assertEquals(ProsecutorRisk.of(released, 0.2).average(), point.risk(), 1e-12);
        }
    }

    @Test
    void theFrontierRunsFromLowLossHighRiskToHighLossLowRisk() throws HierarchyException {
        Anonymization anonymization = prepare(2, 1.0);
        SolutionSpace space = anonymization.search(ProgressListener.NONE, CancellationToken.NONE).space();
        TradeOff tradeOff = TradeOffAnalysis.analyze(anonymization, space, ProgressListener.NONE,
                CancellationToken.NONE).tradeOff(RiskMeasure.HIGHEST, 0.2);

        assertFalse(tradeOff.frontier().isEmpty());
        for (int i = 1; i < tradeOff.frontier().size(); i++) {
            TradeOffPoint before = tradeOff.frontier().get(i - 1);
            TradeOffPoint after = tradeOff.frontier().get(i);
            assertTrue(before.loss() <= after.loss() && before.risk() >= after.risk(), before + " then " + after);
        }
        assertEquals(tradeOff.points().stream().filter(TradeOffPoint::onFrontier).count(), tradeOff.frontier().size());
        TradeOffPoint lowestLoss = tradeOff.points().stream()
                .min((a, b) -> a.loss() != b.loss() ? Double.compare(a.loss(), b.loss()) : Double.compare(a.risk(), b.risk()))
                .orElseThrow();
        assertTrue(lowestLoss.onFrontier(), "the point of least loss (and least risk among those) is on the frontier");
    }

    @Test
    void aHandMadeSetOfPointsHasTheFrontierOnePicksByEye() {
        // loss, risk: A (1, 0.5), B (2, 0.25), C (2, 0.5) dominated by A and B, D (3, 0.25) dominated by B,
        // E (4, 0.1), F (4, 0.1) a duplicate of E: both on the frontier.
        List<TradeOffAnalysis.Evaluated> evaluated = List.of(
                evaluated(0, 1, new int[] {2}, 0), evaluated(1, 2, new int[] {4}, 0), evaluated(2, 2, new int[] {2}, 0),
                evaluated(3, 3, new int[] {4}, 0), evaluated(4, 4, new int[] {10}, 0), evaluated(5, 4, new int[] {10}, 0));
        TradeOff tradeOff = new TradeOffAnalysis(List.of("q"), "loss", evaluated).tradeOff(RiskMeasure.HIGHEST, 0.2);
        assertEquals(List.of(true, true, false, false, true, true),
                tradeOff.points().stream().map(TradeOffPoint::onFrontier).toList());
        assertEquals(List.of(0, 1, 4, 5), tradeOff.frontier().stream().map(TradeOffPoint::node).toList());
    }

    private static TradeOffAnalysis.Evaluated evaluated(int node, double loss, int[] sizes, int suppressed) {
        return new TradeOffAnalysis.Evaluated(node, new int[] {node}, loss, true, true,
                ClassSizeCounts.of(new ClassSizes(sizes, suppressed)));
    }

    @Test
    void aThresholdOutsideItsRangeIsRefusedWhereItIsUsed() throws HierarchyException {
        Anonymization anonymization = prepare(2, 1.0);
        SolutionSpace space = anonymization.search(ProgressListener.NONE, CancellationToken.NONE).space();
        TradeOffAnalysis analysis = TradeOffAnalysis.analyze(anonymization, space, ProgressListener.NONE,
                CancellationToken.NONE);
        assertThrows(IllegalArgumentException.class, () -> analysis.tradeOff(RiskMeasure.SHARE_AT_RISK, 0));
        assertThrows(IllegalArgumentException.class, () -> analysis.tradeOff(RiskMeasure.SHARE_AT_RISK, 1.5));
        assertEquals(analysis.evaluated().size(), analysis.tradeOff(RiskMeasure.AVERAGE, 0).points().size());
    }

    @Test
    void reportsRisingProgressEndingAtOneAndStopsWhenCancelled() throws HierarchyException {
        Anonymization anonymization = prepare(2, 1.0);
        SolutionSpace space = anonymization.search(ProgressListener.NONE, CancellationToken.NONE).space();
        List<Double> fractions = new ArrayList<>();
        TradeOffAnalysis.analyze(anonymization, space, (fraction, phase) -> fractions.add(fraction),
                CancellationToken.NONE);
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), fractions.toString());
        }
        assertEquals(1.0, fractions.get(fractions.size() - 1));

        CancellationToken cancel = new CancellationToken();
        assertThrows(CancelledException.class, () -> TradeOffAnalysis.analyze(anonymization, space,
                (fraction, phase) -> cancel.cancel(), cancel));
    }
}
