package org.veil.engine.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SnbModelTest {

    /**
     * f_1 = 2, f_2 = 1, q = 1/2:
     * <pre>
     *   Σ j q²(1−q²)^(j−1) f_j = 2·(1/4) + 2·(1/4)(3/4) = 7/8
     *   Σ ((1−q²)^j − (1−q)^j) f_j = 2·(3/4 − 1/2) + (9/16 − 1/4) = 13/16
     *   Σ (1−q)^j f_j = 2·(1/2) + 1/4 = 5/4
     *   Σ j q (1−q)^(j−1) f_j = 2·(1/2) + 2·(1/2)(1/2) = 3/2
     *   K = u + f_1·(7/8 ÷ 13/16)·(5/4 ÷ 3/2)² = 3 + 2·(14/13)·(25/36) = 3 + 175/117 = 526/117
     * </pre>
     */
    @Test
    void shlosserEstimateByHand() {
        ClassSizeFrequencies f = ClassSizeFrequencies.of(Map.of(1, 2, 2, 1));
        assertEquals(526.0 / 117, SnbModel.estimatedClasses(f, 0.5), 1e-14);
    }

    /**
     * The fitted α, β reproduce the observed f_1 and f_2, with the expectations summed term by term
     * over population class sizes m (F − 1 negative binomial, f | F binomial) rather than through
     * the closed forms the model solves.
     */
    @Test
    void fitReproducesTheObservedFrequencies() {
        ClassSizeFrequencies f = AdultClassSizes.frequencies();
        double pi = 0.2;
        SnbModel.Fit fit = SnbModel.fit(f, pi);
        assertTrue(fit.converged());
        double alpha = fit.alpha();
        double beta = fit.beta();
        double p = Math.pow(beta, alpha); // P(F = 1)
        double e1 = 0;
        double e2 = 0;
        for (int m = 1; m < 100_000; m++) {
            e1 += p * m * pi * Math.pow(1 - pi, m - 1);
            e2 += p * m * (m - 1) / 2.0 * pi * pi * Math.pow(1 - pi, m - 2);
            p *= (m - 1 + alpha) / m * (1 - beta); // P(F = m+1)
        }
        assertEquals(f.classesOfSize(1), fit.classes() * e1, 1e-6 * f.classesOfSize(1));
        assertEquals(f.classesOfSize(2), fit.classes() * e2, 1e-6 * f.classesOfSize(2));
        double expectedUniques = fit.classes() * Math.pow(beta, alpha);
        assertEquals(expectedUniques, SnbModel.populationUniques(f, AdultClassSizes.population(pi)), 1e-9 * expectedUniques);
    }

    /**
     * Exact expected frequencies of a known SNB population (K = 10⁶ classes, α = 2, β = 0.5, π = 0.3)
     * give back α and β once K is known: the moment equations are the model's.
     */
    @Test
    void recoversTheParametersOfAKnownPopulation() {
        double k = 1e6;
        double alpha = 2;
        double beta = 0.5;
        double pi = 0.3;
        // expected f_1, f_2 by summing over population class sizes
        double p = Math.pow(beta, alpha);
        double e1 = 0;
        double e2 = 0;
        for (int m = 1; m < 2_000; m++) {
            e1 += p * m * pi * Math.pow(1 - pi, m - 1);
            e2 += p * m * (m - 1) / 2.0 * pi * pi * Math.pow(1 - pi, m - 2);
            p *= (m - 1 + alpha) / m * (1 - beta);
        }
        long f1 = Math.round(k * e1);
        long f2 = Math.round(k * e2);
        SnbModel.Fit fit = SnbModel.fit(k, pi, f1, f2);
        assertEquals(alpha, fit.alpha(), 1e-4);
        assertEquals(beta, fit.beta(), 1e-5);
    }

    @Test
    void withoutPairsTheModelIsNotEstimable() {
        ClassSizeFrequencies f = ClassSizeFrequencies.of(Map.of(1, 50, 3, 10));
        assertFalse(SnbModel.fit(f, 0.3).converged());
        assertTrue(Double.isNaN(SnbModel.populationUniques(f, 500)));
    }

    @Test
    void degenerateInputs() {
        assertEquals(0, SnbModel.populationUniques(ClassSizeFrequencies.ofClassSizes(2, 2, 5), 1000));
        assertEquals(3, SnbModel.populationUniques(ClassSizeFrequencies.ofClassSizes(1, 1, 1, 2), 5), 0); // π = 1
    }
}
