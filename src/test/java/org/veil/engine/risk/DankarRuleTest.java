package org.veil.engine.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DankarRuleTest {

    private static final double NAN = Double.NaN;

    @Test
    void smallSamplingFractionUsesPitman() {
        assertEquals(new DankarRule.Choice(UniquenessModel.PITMAN, 5), DankarRule.choose(0.05, 10, 5, 7, 3));
        assertEquals(new DankarRule.Choice(UniquenessModel.PITMAN, 5), DankarRule.choose(0.1, 10, 5, 7, 3)); // inclusive
    }

    @Test
    void pitmanNotEstimableFallsBackToZayatz() {
        assertEquals(new DankarRule.Choice(UniquenessModel.ZAYATZ, 7), DankarRule.choose(0.05, 10, NAN, 7, 3));
    }

    @Test
    void largerSamplingFractionTakesTheSmallerOfSnbAndZayatz() {
        assertEquals(new DankarRule.Choice(UniquenessModel.SNB, 3), DankarRule.choose(0.2, 10, 1, 7, 3));
        assertEquals(new DankarRule.Choice(UniquenessModel.ZAYATZ, 2), DankarRule.choose(0.2, 10, 1, 2, 3));
        assertEquals(new DankarRule.Choice(UniquenessModel.ZAYATZ, 3), DankarRule.choose(0.2, 10, 1, 3, 3)); // tie
    }

    @Test
    void snbNotEstimableFallsBackToZayatz() {
        assertEquals(new DankarRule.Choice(UniquenessModel.ZAYATZ, 7), DankarRule.choose(0.5, 10, 1, 7, NAN));
    }

    @Test
    void noSampleUniquesNoModel() {
        assertEquals(new DankarRule.Choice(UniquenessModel.NONE, 0), DankarRule.choose(0.05, 0, 0, 0, 0));
    }

    @Test
    void computingOnlyWhatTheRuleNeedsGivesTheSameChoice() {
        ClassSizeFrequencies f = AdultClassSizes.frequencies();
        for (double pi : new double[] {0.01, 0.1, 0.2, 0.6}) {
            double bigN = AdultClassSizes.population(pi);
            PopulationUniques all = PopulationUniqueness.estimate(f, bigN);
            DankarRule.Choice choice = DankarRule.choose(f, bigN);
            assertEquals(all.dankarModel(), choice.model());
            assertEquals(all.dankarCount(), choice.uniques(), 1e-9 * choice.uniques());
        }
    }
}
