package org.veil.engine.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PitmanModelTest {

    /** The fitted θ, α solve the score equations, summed term by term here. */
    @Test
    void fitSolvesTheLikelihoodEquations() {
        ClassSizeFrequencies f = AdultClassSizes.frequencies();
        PitmanModel.Fit fit = PitmanModel.fit(f);
        assertTrue(fit.converged());
        double t = fit.theta();
        double a = fit.alpha();
        double scoreTheta = 0;
        double scoreAlpha = 0;
        double magnitude = 0;
        for (int i = 1; i < f.classes(); i++) {
            scoreTheta += 1 / (t + i * a);
            scoreAlpha += i / (t + i * a);
            magnitude += 1 / (t + i * a);
        }
        for (int i = 1; i < f.records(); i++) {
            scoreTheta -= 1 / (t + i);
        }
        double alphaMagnitude = scoreAlpha;
        for (int k = 0; k < f.distinctSizes(); k++) {
            for (int l = 1; l < f.size(k); l++) {
                scoreAlpha -= f.count(k) / (l - a);
            }
        }
        assertEquals(0, scoreTheta, 1e-9 * magnitude);
        assertEquals(0, scoreAlpha, 1e-9 * alphaMagnitude);
        assertTrue(a > 0 && a < 1 && t > -a);
    }

    /** The estimate is Γ(θ+1)/Γ(θ+α)·N^α at the fitted parameters. */
    @Test
    void estimateIsHoshinosFormula() {
        ClassSizeFrequencies f = AdultClassSizes.frequencies();
        PitmanModel.Fit fit = PitmanModel.fit(f);
        double bigN = 301_620;
        double expected = Math.exp(UniquenessMath.lnGamma(fit.theta() + 1) - UniquenessMath.lnGamma(fit.theta() + fit.alpha())
                + fit.alpha() * Math.log(bigN));
        assertEquals(expected, PitmanModel.populationUniques(f, bigN), 1e-9 * expected);
    }

    @Test
    void closedFormAndSeriesSumsMatchTermByTerm() {
        for (double x : new double[] {-0.9, 0.0, 3.7, 5e3, 2e5, 1e9}) {
            for (int m : new int[] {1, 7, 20}) {
                double[] expected = new double[5];
                for (int i = 1; i <= m; i++) {
                    double v = 1 / (x + i);
                    expected[0] += v;
                    expected[1] += i * v;
                    expected[2] += v * v;
                    expected[3] += i * v * v;
                    expected[4] += (double) i * i * v * v;
                }
                double[] actual = PitmanModel.sums(x, x + 1, m, true);
                for (int c = 0; c < 5; c++) {
                    assertEquals(expected[c], actual[c], 1e-9 * Math.abs(expected[c]), "x=" + x + " m=" + m + " sum " + c);
                }
            }
        }
    }

    @Test
    void allUniqueSampleHasNoMaximumLikelihoodEstimate() {
        ClassSizeFrequencies f = ClassSizeFrequencies.ofClassSizes(1, 1, 1, 1, 1, 1);
        assertFalse(PitmanModel.fit(f).converged());
        assertTrue(Double.isNaN(PitmanModel.populationUniques(f, 600)));
    }

    /** Many pairs and few uniques: the likelihood grows towards α → 0, outside the model. */
    @Test
    void maximumOnTheBoundaryIsNotEstimable() {
        ClassSizeFrequencies f = ClassSizeFrequencies.of(Map.of(1, 20, 2, 500_000));
        assertTrue(Double.isNaN(PitmanModel.populationUniques(f, 1e8)));
    }

    @Test
    void degenerateInputs() {
        assertEquals(0, PitmanModel.populationUniques(ClassSizeFrequencies.ofClassSizes(4, 2), 100));
        ClassSizeFrequencies f = ClassSizeFrequencies.ofClassSizes(1, 1, 2, 5);
        assertEquals(2, PitmanModel.populationUniques(f, 9), 0); // π = 1
        assertFalse(PitmanModel.fit(ClassSizeFrequencies.ofClassSizes(7)).converged()); // one class
    }

    @Test
    void biggerPopulationFewerUniquesShare() {
        ClassSizeFrequencies f = AdultClassSizes.frequencies();
        double previous = Double.POSITIVE_INFINITY;
        for (double bigN = 40_000; bigN < 1e9; bigN *= 3) {
            double share = PitmanModel.populationUniques(f, bigN) / bigN;
            assertTrue(share < previous, "N=" + bigN);
            previous = share;
        }
    }
}
