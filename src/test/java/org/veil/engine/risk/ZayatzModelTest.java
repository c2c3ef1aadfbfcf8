package org.veil.engine.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ZayatzModelTest {

    /**
     * f_1 = 2, f_2 = 1 (n = 4), N = 8 (π = 1/2).
     * <pre>
     *   P(f=1|F=j)/P(f=1|F=1) = j·Π_{i&lt;j} (N−n+1−i)/(N−i):  j=1 → 1,  j=2 → 2·4/7 = 8/7
     *   P(F=1|f=1) = f_1 / (f_1·1 + f_2·8/7) = 2 / (22/7) = 7/11
     *   S_1 = f_1·P / π = 2·(7/11)·2 = 28/11 ≈ 2.545;  share of N = 28/88 = 7/22
     * </pre>
     */
    @Test
    void smallExampleByHand() {
        ClassSizeFrequencies f = ClassSizeFrequencies.of(Map.of(1, 2, 2, 1));
        assertEquals(7.0 / 11, ZayatzModel.conditionalUniqueness(f, 8), 1e-15);
        assertEquals(28.0 / 11, ZayatzModel.populationUniques(f, 8), 1e-14);
        assertEquals(7.0 / 22, PopulationUniqueness.estimate(f, 8).zayatz(), 1e-15);
    }

    /**
     * f_1 = 3, f_2 = 1, f_3 = 1 (n = 8), N = 16 (π = 1/2).
     * <pre>
     *   j=2: 2·8/15 = 16/15;   j=3: 3·(8/15)·(7/14) = 4/5
     *   P(F=1|f=1) = 3 / (3 + 16/15 + 4/5) = 3 / (73/15) = 45/73
     *   S_1 = 3·(45/73)·2 = 270/73 ≈ 3.699
     * </pre>
     */
    @Test
    void threeSizesByHand() {
        ClassSizeFrequencies f = ClassSizeFrequencies.of(Map.of(1, 3, 2, 1, 3, 1));
        assertEquals(45.0 / 73, ZayatzModel.conditionalUniqueness(f, 16), 1e-15);
        assertEquals(270.0 / 73, ZayatzModel.populationUniques(f, 16), 1e-13);
    }

    /** The product form equals the hypergeometric ratio j·C(N−j, n−1)/C(N, n) ÷ (n/N). */
    @Test
    void productFormIsTheHypergeometricRatio() {
        int bigN = 40;
        int n = 11;
        for (int j = 2; j < n; j++) {
            ClassSizeFrequencies f = ClassSizeFrequencies.of(Map.of(1, n - j, j, 1));
            // P(F=1|f=1) = f1 / (f1 + ratio_j) → ratio_j = f1/P − f1
            double p = ZayatzModel.conditionalUniqueness(f, bigN);
            double ratio = (n - j) / p - (n - j);
            double hyper = j * binomial(bigN - j, n - 1).doubleValue() / binomial(bigN, n).doubleValue();
            double expected = hyper / ((double) n / bigN);
            assertEquals(expected, ratio, 1e-12 * Math.max(1, expected), "j=" + j);
        }
    }

    @Test
    void wholePopulationSampledGivesTheSampleUniques() {
        ClassSizeFrequencies f = ClassSizeFrequencies.of(Map.of(1, 17, 2, 5, 9, 2));
        assertEquals(17, ZayatzModel.populationUniques(f, f.records()), 1e-12);
    }

    @Test
    void allUniqueSampleMeansAllUniquePopulation() {
        ClassSizeFrequencies f = ClassSizeFrequencies.ofClassSizes(1, 1, 1, 1, 1);
        assertEquals(1000, ZayatzModel.populationUniques(f, 1000), 1e-9);
    }

    @Test
    void noSampleUniquesNoPopulationUniques() {
        assertEquals(0, ZayatzModel.populationUniques(ClassSizeFrequencies.ofClassSizes(2, 3, 2), 1e6));
    }

    private static BigInteger binomial(int n, int k) {
        BigInteger r = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            r = r.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return r;
    }
}
