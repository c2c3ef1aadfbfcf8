package org.veil.engine.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UniquenessMathTest {

    private static final double EULER_GAMMA = 0.5772156649015329;

    private static void assertRelative(double expected, double actual, double tolerance) {
        assertEquals(expected, actual, tolerance * Math.max(1, Math.abs(expected)), () -> "expected " + expected + " was " + actual);
    }

    @Test
    void digammaAtKnownPoints() {
        assertRelative(-EULER_GAMMA, UniquenessMath.digamma(1), 1e-14);
        assertRelative(-EULER_GAMMA - 2 * Math.log(2), UniquenessMath.digamma(0.5), 1e-14);
        assertRelative(1 + 1.0 / 2 + 1.0 / 3 - EULER_GAMMA, UniquenessMath.digamma(4), 1e-14); // H_3 − γ
        assertRelative(Math.log(1e6) - 0.5e-6, UniquenessMath.digamma(1e6), 1e-14);
    }

    @Test
    void trigammaAtKnownPoints() {
        assertRelative(Math.PI * Math.PI / 6, UniquenessMath.trigamma(1), 1e-14);
        assertRelative(Math.PI * Math.PI / 2, UniquenessMath.trigamma(0.5), 1e-14);
        assertRelative(Math.PI * Math.PI / 6 - 1 - 0.25, UniquenessMath.trigamma(3), 1e-14);
    }

    @Test
    void lnGammaAtKnownPoints() {
        assertRelative(0.5 * Math.log(Math.PI), UniquenessMath.lnGamma(0.5), 1e-14);
        assertRelative(Math.log(362_880), UniquenessMath.lnGamma(10), 1e-14); // 9!
        assertRelative(0, UniquenessMath.lnGamma(1), 1e-14);
        double lnFactorial100 = 0;
        for (int i = 2; i <= 100; i++) {
            lnFactorial100 += Math.log(i);
        }
        assertRelative(lnFactorial100, UniquenessMath.lnGamma(101), 1e-14);
    }

    @Test
    void lnGammaRatioOfLargeCloseArguments() {
        // Γ(x+1)/Γ(x) = x exactly
        assertRelative(Math.log(1e9), UniquenessMath.lnGammaRatio(1e9 + 1, 1e9), 1e-12);
        assertRelative(Math.log(12.5), UniquenessMath.lnGammaRatio(13.5, 12.5), 1e-14);
        assertRelative(UniquenessMath.lnGamma(30.7) - UniquenessMath.lnGamma(25.2), UniquenessMath.lnGammaRatio(30.7, 25.2), 1e-13);
    }

    @Test
    void differencesMatchTheSumsTheyStandFor() {
        for (double a : new double[] {0.3, 2, 17.5, 1e3, 1e9}) {
            for (int m : new int[] {1, 5, 1000}) {
                double s = 0;
                double t = 0;
                for (int i = 0; i < m; i++) {
                    s += 1 / (a + i);
                    t += 1 / ((a + i) * (a + i));
                }
                assertRelative(s, UniquenessMath.digammaDifference(a, m), 1e-12);
                assertEquals(t, UniquenessMath.trigammaDifference(a, m), 1e-12 * t);
            }
        }
    }
}
