package org.veil.engine.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.engine.reference.ReferenceModel;
import org.veil.engine.reference.ReferenceProblem;
import org.veil.engine.search.Anonymization;
import org.veil.engine.search.SolutionSpace;
import org.veil.engine.tradeoff.RiskMeasure;
import org.veil.engine.tradeoff.TradeOff;
import org.veil.engine.tradeoff.TradeOffAnalysis;
import org.veil.engine.tradeoff.TradeOffPoint;

/** The trade-off on Adult (6,480 transformations, 5-anonymity, 5 % suppression): checked nodes, then all. */
class AdultTradeOffTest {

    private static final ReferenceProblem ADULT_K5 = AdultData.problem(AdultData.allBut("salary-class"),
            List.of(ReferenceModel.k(5)), 0.05, "loss");

    @Test
    void measuresEveryCheckedTransformationAndThenTheWholeLattice() throws Exception {
        Anonymization anonymization = Anonymization.prepare(ADULT_K5.data(), ADULT_K5.toEngineConfig());
        SolutionSpace space = anonymization.search(ProgressListener.NONE, CancellationToken.NONE).space();

        TradeOffAnalysis checked = TradeOffAnalysis.analyze(anonymization, space, ProgressListener.NONE,
                CancellationToken.NONE);
        TradeOff tradeOff = checked.tradeOff(RiskMeasure.AVERAGE, 0.2);
        TradeOffAnalysis all = TradeOffAnalysis.analyze(anonymization, space, TradeOffAnalysis.Scope.ALL,
                ProgressListener.NONE, CancellationToken.NONE);

        long checkedCount = IntStream.range(0, space.lattice().size())
                .filter(node -> space.suppressedRecords(node) >= 0).count();
        assertEquals(checkedCount, tradeOff.points().size());
        assertFalse(tradeOff.frontier().isEmpty());
        TradeOffPoint optimum = tradeOff.point(space.optimum()).orElseThrow();
        assertTrue(optimum.anonymous());
        assertEquals(space.suppressedRecords(space.optimum()), optimum.suppressedRecords());

        assertEquals(space.lattice().size(), all.evaluated().size());
        for (TradeOffAnalysis.Evaluated e : all.evaluated()) {
            if (space.state(e.node()).isKnown()) {
                assertEquals(space.state(e.node()).isAnonymous(), e.anonymous(), "node " + e.node());
            }
        }
        TradeOffPoint optimumAgain = all.tradeOff(RiskMeasure.AVERAGE, 0.2).point(space.optimum()).orElseThrow();
        assertEquals(optimum.risk(), optimumAgain.risk(), 1e-12);
    }
}
