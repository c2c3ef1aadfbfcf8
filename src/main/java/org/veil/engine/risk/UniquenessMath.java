package org.veil.engine.risk;

/**
 * The special functions the population-uniqueness models need: digamma ψ, trigamma ψ' and
 * ln Γ for positive arguments. Each shifts its argument up to at least 10 with the recurrence
 * (ψ(x) = ψ(x+1) − 1/x, ψ'(x) = ψ'(x+1) + 1/x², Γ(x+1) = xΓ(x)) and then sums the asymptotic
 * (Stirling / Bernoulli-number) series, which at x ≥ 10 is accurate to about 1e-15.
 */
final class UniquenessMath {

    private static final double HALF_LN_TWO_PI = 0.5 * Math.log(2 * Math.PI);
    private static final double SHIFT = 10;

    private UniquenessMath() {
    }

    /** ψ(x) for x &gt; 0. */
    static double digamma(double x) {
        double shift = 0;
        while (x < SHIFT) {
            shift -= 1 / x;
            x += 1;
        }
        // ψ(x) ~ ln x − 1/(2x) − Σ B_2k / (2k x^2k)
        return shift + Math.log(x) - 0.5 / x - digammaSeries(x);
    }

    private static double digammaSeries(double x) {
        double inv2 = 1 / (x * x);
        return inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240
                - inv2 * (1.0 / 132 - inv2 * (691.0 / 32760 - inv2 / 12))))));
    }

    /** ψ'(x) for x &gt; 0. */
    static double trigamma(double x) {
        double shift = 0;
        while (x < SHIFT) {
            shift += 1 / (x * x);
            x += 1;
        }
        double inv = 1 / x;
        // ψ'(x) ~ 1/x + 1/(2x²) + Σ B_2k / x^(2k+1)
        return shift + inv + 0.5 * inv * inv + trigammaSeries(x);
    }

    private static double trigammaSeries(double x) {
        double inv = 1 / x;
        double inv2 = inv * inv;
        return inv * inv2 * (1.0 / 6 - inv2 * (1.0 / 30 - inv2 * (1.0 / 42 - inv2 * (1.0 / 30
                - inv2 * (5.0 / 66 - inv2 * (691.0 / 2730 - inv2 * 7.0 / 6))))));
    }

    /**
     * ψ(a+m) − ψ(a) = Σ_{i=0}^{m−1} 1/(a+i) for a &gt; 0, m ≥ 0, accurate also when a is huge
     * against m (where subtracting two digamma values would cancel).
     */
    static double digammaDifference(double a, double m) {
        if (m == 0) {
            return 0;
        }
        if (a < SHIFT) {
            return digamma(a + m) - digamma(a);
        }
        double b = a + m;
        return Math.log1p(m / a) + 0.5 * m / (a * b) - (digammaSeries(b) - digammaSeries(a));
    }

    /** ψ'(a) − ψ'(a+m) = Σ_{i=0}^{m−1} 1/(a+i)² for a &gt; 0, m ≥ 0, accurate also when a is huge. */
    static double trigammaDifference(double a, double m) {
        if (m == 0) {
            return 0;
        }
        if (a < SHIFT) {
            return trigamma(a) - trigamma(a + m);
        }
        double b = a + m;
        return m / (a * b) + 0.5 * m * (a + b) / (a * a * b * b) + (trigammaSeries(a) - trigammaSeries(b));
    }

    /** ln Γ(x) for x &gt; 0. */
    static double lnGamma(double x) {
        double product = 1;
        while (x < SHIFT) {
            product *= x;
            x += 1;
        }
        return stirling(x) - Math.log(product);
    }

    /**
     * ln Γ(a) − ln Γ(b) for a, b &gt; 0, without the cancellation of subtracting two huge values when
     * both arguments are large and close.
     */
    static double lnGammaRatio(double a, double b) {
        if (Math.min(a, b) < SHIFT) {
            return lnGamma(a) - lnGamma(b);
        }
        double delta = a - b;
        // (a−½)ln a − (b−½)ln b − (a−b) = (a−½)·ln(a/b) + (a−b)·ln b − (a−b)
        return (a - 0.5) * Math.log1p(delta / b) + delta * Math.log(b) - delta + stirlingSeries(a)
                - stirlingSeries(b);
    }

    private static double stirling(double x) {
        return (x - 0.5) * Math.log(x) - x + HALF_LN_TWO_PI + stirlingSeries(x);
    }

    private static double stirlingSeries(double x) {
        double inv = 1 / x;
        double inv2 = inv * inv;
        return inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680
                - inv2 * (1.0 / 1188 - inv2 * (691.0 / 360360 - inv2 / 156))))));
    }
}
