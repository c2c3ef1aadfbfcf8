package org.veil.engine.risk;

/**
 * Pitman's model of population uniqueness (S. Hoshino, "Applying Pitman's sampling formula to
 * microdata disclosure risk assessment", J. Official Statistics 17(4), 2001).
 *
 * <p>The partition of the sample into equivalence classes is assumed to follow Pitman's sampling
 * formula with parameters 0 &lt; α &lt; 1 and θ &gt; −α. With u classes, n records and f_j classes of
 * size j, the log-likelihood is (up to a constant)
 * <pre>
 *   L(θ, α) = Σ_{i=1}^{u−1} ln(θ + iα) − Σ_{i=1}^{n−1} ln(θ + i) + Σ_j f_j Σ_{l=1}^{j−1} ln(l − α)
 * </pre>
 * and the maximum-likelihood estimates solve the score equations
 * <pre>
 *   ∂L/∂θ = Σ_{i=1}^{u−1} 1/(θ+iα) − Σ_{i=1}^{n−1} 1/(θ+i)                 = 0
 *   ∂L/∂α = Σ_{i=1}^{u−1} i/(θ+iα) − Σ_j f_j Σ_{l=1}^{j−1} 1/(l−α)          = 0
 * </pre>
 * The expected number of population uniques is then (Hoshino, for a population of size N)
 * <pre>
 *   S_1 = Γ(θ+1) / Γ(θ+α) · N^α
 * </pre>
 *
 * <p><b>Numerical method.</b> All sums are evaluated in closed form with the digamma and trigamma
 * functions (e.g. Σ_{i=1}^{u−1} 1/(θ+iα) = [ψ(θ/α+u) − ψ(θ/α+1)]/α, Σ_{l=1}^{j−1} 1/(l−α) =
 * ψ(j−α) − ψ(1−α)), so one evaluation costs O(number of distinct class sizes), independent of n;
 * where that form would cancel badly (α tiny against θ, or θ huge against n) the sums are added up
 * term by term instead. The equations are solved by Newton–Raphson on the 2×2 system with the
 * analytic Hessian, damped by step halving so that (θ, α) stays inside the parameter space and the
 * squared norm of the score decreases. Start: α₀ = f_1/u (the limit of the share of singleton
 * classes under Pitman's formula), θ₀ the root of ∂L/∂θ for that α₀, found by bisection (the
 * score is +∞ at θ → −α and negative for large θ whenever u &lt; n).
 *
 * <p><b>Not estimable (NaN).</b> When every class is a singleton (u = n) the likelihood has no
 * maximum (θ → ∞); when there is a single class; when the iteration does not reach a maximum
 * (a root of the score with negative definite Hessian, each score component below 1e-8 of the
 * magnitude of its terms), typically because the likelihood keeps growing towards the boundary
 * α → 0 (many pairs, few uniques; or a sample from a population with a finite number of classes);
 * or when the estimate falls outside [0, N]. ARX handles the same cases by reporting the estimate
 * as unavailable, and its Dankar rule then falls back to Zayatz; {@link DankarRule} does the same.
 */
public final class PitmanModel {

    /** Iteration limit of the Newton solver. */
    static final int MAX_ITERATIONS = 300;

    /**
     * The fitted parameters.
     *
     * @param theta      θ
     * @param alpha      α
     * @param iterations Newton iterations used
     * @param converged  whether the score equations were solved; if not, θ and α are NaN
     */
    public record Fit(double theta, double alpha, int iterations, boolean converged) {
        static final Fit FAILED = new Fit(Double.NaN, Double.NaN, 0, false);
    }

    private PitmanModel() {
    }

    /**
     * Estimated number of population-unique records; NaN when the model is not estimable.
     *
     * @param frequencies    the sample's class-size frequencies
     * @param populationSize N, at least the sample size
     */
    public static double populationUniques(ClassSizeFrequencies frequencies, double populationSize) {
        double n = frequencies.records();
        double bigN = PopulationUniqueness.checkPopulationSize(n, populationSize);
        if (frequencies.sampleUniques() == 0) {
            return 0;
        }
        if (bigN == n) {
            return frequencies.sampleUniques(); // the sample is the population
        }
        return uniques(fit(frequencies), bigN);
    }

    /** S_1 = Γ(θ+1)/Γ(θ+α)·N^α for a fit; NaN if the fit failed or the value is outside [0, N]. */
    static double uniques(Fit fit, double populationSize) {
        if (!fit.converged()) {
            return Double.NaN;
        }
        double log = UniquenessMath.lnGammaRatio(fit.theta() + 1, fit.theta() + fit.alpha())
                + fit.alpha() * Math.log(populationSize);
        double uniques = Math.exp(log);
        return Double.isFinite(uniques) && uniques >= 0 && uniques <= populationSize ? uniques : Double.NaN;
    }

    /** Maximum-likelihood estimates of θ and α for a sample. */
    public static Fit fit(ClassSizeFrequencies frequencies) {
        double u = frequencies.classes();
        double n = frequencies.records();
        if (u < 2 || u >= n) {
            return Fit.FAILED; // one class: no information on α; all singletons: no maximum
        }
        Score score = new Score(frequencies);

        double alpha = Math.min(0.99, Math.max(0.01, frequencies.sampleUniques() / u));
        double theta = initialTheta(score, alpha);
        if (!Double.isFinite(theta)) {
            return Fit.FAILED;
        }

        score.evaluate(theta, alpha, true);
        double merit = score.merit();
        int iteration = 0;
        boolean stepConverged = false;
        while (iteration < MAX_ITERATIONS && !stepConverged) {
            iteration++;
            double det = score.hTT * score.hAA - score.hTA * score.hTA;
            if (!(Math.abs(det) > 0) || !Double.isFinite(det)) {
                break;
            }
            double dTheta = -(score.hAA * score.gT - score.hTA * score.gA) / det;
            double dAlpha = -(score.hTT * score.gA - score.hTA * score.gT) / det;
            double lambda = 1;
            boolean accepted = false;
            for (int halving = 0; halving < 60; halving++, lambda *= 0.5) {
                double t = theta + lambda * dTheta;
                double a = alpha + lambda * dAlpha;
                if (!inDomain(t, a)) {
                    continue;
                }
                score.evaluate(t, a, false);
                double m = score.merit();
                if (Double.isFinite(m) && m < merit) {
                    stepConverged = Math.abs(t - theta) <= 1e-13 * (1 + Math.abs(theta))
                            && Math.abs(a - alpha) <= 1e-13;
                    theta = t;
                    alpha = a;
                    merit = m;
                    accepted = true;
                    break;
                }
            }
            score.evaluate(theta, alpha, true);
            if (!accepted) {
                break; // no decrease along the Newton direction: at a root to machine precision, or stuck
            }
        }
        return score.solved() ? new Fit(theta, alpha, iteration, true) : new Fit(Double.NaN, Double.NaN, iteration, false);
    }

    private static boolean inDomain(double theta, double alpha) {
        return alpha > 1e-12 && alpha < 1 - 1e-12 && theta + alpha > 1e-12 * (1 + Math.abs(theta))
                && theta < 1e300;
    }

    /** The root of ∂L/∂θ in θ for fixed α, by bisection on (−α, ∞); NaN if there is none. */
    private static double initialTheta(Score score, double alpha) {
        double lo = -alpha * (1 - 1e-9);
        double hi = 1;
        while (score.scoreTheta(hi, alpha) > 0) {
            lo = hi;
            hi *= 2;
            if (hi > 1e250) {
                return Double.NaN;
            }
        }
        for (int i = 0; i < 200 && hi - lo > 1e-12 * (1 + Math.abs(hi)); i++) {
            double mid = 0.5 * (lo + hi);
            if (score.scoreTheta(mid, alpha) > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** The score (gradient of L) and its Jacobian (Hessian of L) at a point. */
    private static final class Score {
        private final ClassSizeFrequencies f;
        private final double u;
        private final double n;
        double gT;
        double gA;
        double hTT;
        double hTA;
        double hAA;
        // magnitudes of the terms, to judge convergence relative to them
        private double scaleT;
        private double scaleA;

        Score(ClassSizeFrequencies f) {
            this.f = f;
            this.u = f.classes();
            this.n = f.records();
        }

        /** ∂L/∂θ only: Σ_{i<u} 1/(θ+iα) − Σ_{i<n} 1/(θ+i). */
        double scoreTheta(double theta, double alpha) {
            return classSums(theta, alpha, false)[0] - recordSum(theta, false)[0];
        }

        void evaluate(double theta, double alpha, boolean hessian) {
            double[] c = classSums(theta, alpha, hessian);
            double[] r = recordSum(theta, hessian);
            double a0 = 0; // Σ_j f_j Σ_{l<j} 1/(l−α)
            double a1 = 0; // Σ_j f_j Σ_{l<j} 1/(l−α)²
            double psi1 = UniquenessMath.digamma(1 - alpha);
            double tri1 = hessian ? UniquenessMath.trigamma(1 - alpha) : 0;
            for (int k = 0; k < f.distinctSizes(); k++) {
                int j = f.size(k);
                if (j == 1) {
                    continue;
                }
                double count = f.count(k);
                a0 += count * (UniquenessMath.digamma(j - alpha) - psi1);
                if (hessian) {
                    a1 += count * (tri1 - UniquenessMath.trigamma(j - alpha));
                }
            }
            gT = c[0] - r[0];
            gA = c[1] - a0;
            scaleT = Math.abs(c[0]) + Math.abs(r[0]);
            scaleA = Math.abs(c[1]) + Math.abs(a0);
            if (hessian) {
                hTT = -c[2] + r[1];
                hTA = -c[3];
                hAA = -c[4] - a1;
            }
        }

        double merit() {
            return gT * gT + gA * gA;
        }

        /**
         * Both score components zero relative to the size of their terms, at a maximum (Hessian
         * negative definite) rather than a saddle; needs the last evaluation to include the Hessian.
         */
        boolean solved() {
            return Double.isFinite(gT) && Double.isFinite(gA) && Math.abs(gT) <= 1e-8 * scaleT
                    && Math.abs(gA) <= 1e-8 * scaleA && hTT < 0 && hTT * hAA - hTA * hTA > 0;
        }

        /**
         * Over i = 1..u−1, with v = 1/(θ+iα): {Σ v, Σ i·v, Σ v², Σ i·v², Σ i²·v²} (the last three
         * only with {@code hessian}). With x = θ/α these are {A0/α, A1/α, B0/α², B1/α², B2/α²} of
         * {@link PitmanModel#sums}.
         */
        private double[] classSums(double theta, double alpha, boolean hessian) {
            double[] s = sums(theta / alpha, (theta + alpha) / alpha, u - 1, hessian);
            double a2 = alpha * alpha;
            return hessian ? new double[] {s[0] / alpha, s[1] / alpha, s[2] / a2, s[3] / a2, s[4] / a2}
                    : new double[] {s[0] / alpha, s[1] / alpha};
        }

        /** Over i = 1..n−1: {Σ 1/(θ+i), Σ 1/(θ+i)²} (the second only with {@code hessian}). */
        private double[] recordSum(double theta, boolean hessian) {
            double[] s = sums(theta, theta + 1, n - 1, hessian);
            return new double[] {s[0], hessian ? s[2] : 0};
        }
    }

    /**
     * For x &gt; −1 and i = 1..m: {A0, A1, B0, B1, B2} = {Σ 1/(x+i), Σ i/(x+i), Σ 1/(x+i)², Σ i/(x+i)²,
     * Σ i²/(x+i)²} (B only with {@code hessian}), in O(1).
     *
     * <p>Usually through digamma and trigamma: A0 = ψ(x+1+m) − ψ(x+1), B0 = ψ'(x+1) − ψ'(x+1+m),
     * A1 = m − x·A0, B1 = A0 − x·B0, B2 = m − 2x·A0 + x²·B0. Those last three cancel when x ≫ m
     * (relative error about 1e-16·(x/m)²: up to 3e-10), so from x ≥ 1e3·m the sums are expanded in powers of
     * i/x instead: 1/(x+i) = Σ_k (−i/x)^k / x, summed with Faulhaber's closed forms of Σ i^p; five
     * terms leave a relative error below (m/x)^5 ≤ 1e-15.
     *
     * @param xPlus1 x + 1, passed separately to keep its precision as x approaches −1
     */
    static double[] sums(double x, double xPlus1, double m, boolean hessian) {
        if (m <= 0) {
            return new double[5];
        }
        if (x < 1e3 * m) {
            double a0 = UniquenessMath.digammaDifference(xPlus1, m);
            double a1 = m - x * a0;
            if (!hessian) {
                return new double[] {a0, a1, 0, 0, 0};
            }
            double b0 = UniquenessMath.trigammaDifference(xPlus1, m);
            return new double[] {a0, a1, b0, a0 - x * b0, m - 2 * x * a0 + x * x * b0};
        }
        double[] p = powerSums(m);
        double a0 = 0;
        double a1 = 0;
        double b0 = 0;
        double b1 = 0;
        double b2 = 0;
        double scale = 1 / x; // (−1)^k / x^(k+1)
        for (int k = 0; k <= 4; k++) {
            a0 += scale * p[k];
            a1 += scale * p[k + 1];
            double scale2 = scale * (k + 1) / x; // (−1)^k (k+1) / x^(k+2)
            b0 += scale2 * p[k];
            b1 += scale2 * p[k + 1];
            b2 += scale2 * p[k + 2];
            scale = -scale / x;
        }
        return new double[] {a0, a1, b0, b1, b2};
    }

    /** Σ_{i=1}^m i^p for p = 0..6 (Faulhaber). */
    private static double[] powerSums(double m) {
        double m1 = m + 1;
        double m2 = 2 * m + 1;
        double mm = m * m;
        return new double[] {
            m,
            m * m1 / 2,
            m * m1 * m2 / 6,
            mm * m1 * m1 / 4,
            m * m1 * m2 * (3 * mm + 3 * m - 1) / 30,
            mm * m1 * m1 * (2 * mm + 2 * m - 1) / 12,
            m * m1 * m2 * (3 * mm * mm + 6 * mm * m - 3 * m + 1) / 42,
        };
    }
}
