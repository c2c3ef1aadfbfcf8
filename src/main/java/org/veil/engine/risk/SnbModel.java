package org.veil.engine.risk;

/**
 * The slide negative binomial (SNB) model of population uniqueness (Y. Chen and S. Keller-McNulty,
 * "Estimation of identification disclosure risk in microdata", J. Official Statistics 14(1), 1998;
 * as summarised in Dankar et al. 2012, appendix A).
 *
 * <p>Each of the K non-empty population classes has a size F with F − 1 negative-binomial:
 * {@code P(F = m) = C(m+α−2, m−1) β^α (1−β)^(m−1)}, m ≥ 1, α &gt; 0, 0 &lt; β &lt; 1. Under
 * Bernoulli sampling with fraction π, and with d = (1−π)(1−β), the expected numbers of sample
 * classes of size 1 and 2 are (from the probability generating function of F):
 * <pre>
 *   E[f_1] = K·π·β^α·(1−d)^−(α+1)·(1 − d + α·d)
 *   E[f_2] = K·π²·α·β^α·(1−β)·(2 − (1−α)·d) / (2·(1−d)^(α+2))
 * </pre>
 * α and β are found by equating these to the observed f_1 and f_2, and the population uniques are
 * the expected population classes of size 1: {@code S_1 = K·P(F=1) = K·β^α}.
 *
 * <p>K itself is estimated from the sample with Shlosser's estimator in the modified form of Haas &amp;
 * Stokes (JASA 93, 1998) that ARX also uses, with q = π:
 * <pre>
 *   K = u + f_1 · [Σ_j j·q²·(1−q²)^(j−1)·f_j / Σ_j ((1−q²)^j − (1−q)^j)·f_j]
 *             · [Σ_j (1−q)^j·f_j / Σ_j j·q·(1−q)^(j−1)·f_j]²
 * </pre>
 *
 * <p><b>Numerical method.</b> The two moment equations are solved in logarithmic form
 * (ln E[f_k] − ln f_k = 0) over the unconstrained coordinates (ln α, logit β), which keeps α &gt; 0
 * and 0 &lt; β &lt; 1 and makes the system far better scaled. Newton–Raphson with a central-difference
 * Jacobian and step halving on the squared residual, started from the best points of a small grid
 * (several starts are tried if the first does not converge). ARX writes the same equations in
 * linear form and solves them with a generic Newton solver.
 *
 * <p>At small sampling fractions K grows about as fast as N, so the estimated share of population
 * uniques hardly falls with N and need not fall monotonically (adult data: 20.5% at π = 1%, 20.6% at
 * 3%); Dankar's rule only consults SNB above π = 10%.
 *
 * <p><b>Not estimable (NaN).</b> Without classes of size 2 (f_2 = 0) the second equation has no
 * solution; the estimate is also NaN when no start converges (|residual| &lt; 1e-9) or the result lies
 * outside [0, N]. {@link DankarRule} then uses Zayatz.
 */
public final class SnbModel {

    private static final double[] ALPHA_GRID = {0.01, 0.03, 0.1, 0.3, 1, 3, 10, 30, 100};
    private static final double[] BETA_GRID = {1e-5, 1e-4, 1e-3, 0.01, 0.05, 0.1, 0.2, 0.35, 0.5, 0.65, 0.8, 0.9, 0.99};
    private static final int STARTS = 6;
    private static final int MAX_ITERATIONS = 200;
    private static final double TOLERANCE = 1e-9;

    /**
     * The fitted model.
     *
     * @param classes   K, the estimated number of non-empty population classes
     * @param alpha     α
     * @param beta      β
     * @param converged whether the moment equations were solved; if not, α and β are NaN
     */
    public record Fit(double classes, double alpha, double beta, boolean converged) {
    }

    private SnbModel() {
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
        Fit fit = fit(frequencies, n / bigN);
        if (!fit.converged()) {
            return Double.NaN;
        }
        double uniques = fit.classes() * Math.pow(fit.beta(), fit.alpha());
        return Double.isFinite(uniques) && uniques >= 0 && uniques <= bigN ? uniques : Double.NaN;
    }

    /**
     * Shlosser's estimate of the number of non-empty population classes (Haas &amp; Stokes' form).
     *
     * @param q the sampling fraction, 0 &lt; q &lt; 1
     */
    public static double estimatedClasses(ClassSizeFrequencies frequencies, double q) {
        double a = 0;
        double b = 0;
        double c = 0;
        double d = 0;
        double q2 = q * q;
        for (int k = 0; k < frequencies.distinctSizes(); k++) {
            int j = frequencies.size(k);
            double count = frequencies.count(k);
            double notQ = Math.pow(1 - q, j - 1); // (1−q)^(j−1)
            double notQ2 = Math.pow(1 - q2, j - 1); // (1−q²)^(j−1)
            a += j * q2 * notQ2 * count;
            b += ((1 - q2) * notQ2 - (1 - q) * notQ) * count;
            c += (1 - q) * notQ * count;
            d += j * q * notQ * count;
        }
        double ratio = c / d;
        return frequencies.classes() + frequencies.sampleUniques() * (a / b) * ratio * ratio;
    }

    /**
     * Solves the SNB moment equations.
     *
     * @param q the sampling fraction, 0 &lt; q &lt; 1
     */
    public static Fit fit(ClassSizeFrequencies frequencies, double q) {
        return fit(estimatedClasses(frequencies, q), q, frequencies.sampleUniques(), frequencies.classesOfSize(2));
    }

    /** Solves the moment equations for a given number of population classes K. */
    static Fit fit(double k, double q, double f1, double f2) {
        if (f1 == 0 || f2 == 0 || !(k > 0) || !Double.isFinite(k)) {
            return new Fit(k, Double.NaN, Double.NaN, false);
        }
        Equations eq = new Equations(Math.log(k), q, Math.log(f1), Math.log(f2));

        // try Newton from the grid points with the smallest residuals, best first
        int points = ALPHA_GRID.length * BETA_GRID.length;
        double[] xs = new double[points];
        double[] ys = new double[points];
        double[] merits = new double[points];
        int at = 0;
        for (double alpha : ALPHA_GRID) {
            for (double beta : BETA_GRID) {
                xs[at] = Math.log(alpha);
                ys[at] = Math.log(beta / (1 - beta));
                double m = eq.merit(xs[at], ys[at]);
                merits[at++] = Double.isNaN(m) ? Double.POSITIVE_INFINITY : m;
            }
        }
        for (int s = 0; s < Math.min(STARTS, points); s++) {
            int best = 0;
            for (int i = 1; i < points; i++) {
                if (merits[i] < merits[best]) {
                    best = i;
                }
            }
            if (!(merits[best] < Double.MAX_VALUE)) {
                break;
            }
            merits[best] = Double.MAX_VALUE; // tried
            double[] root = eq.solve(xs[best], ys[best]);
            if (root != null) {
                return new Fit(k, Math.exp(root[0]), logistic(root[1]), true);
            }
        }
        return new Fit(k, Double.NaN, Double.NaN, false);
    }

    private static double logistic(double y) {
        return 1 / (1 + Math.exp(-y));
    }

    /** ln(1 + e^z) without overflow. */
    private static double softplus(double z) {
        return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    }

    /** The residuals ln E[f_1] − ln f_1 and ln E[f_2] − ln f_2 over (x, y) = (ln α, logit β). */
    private static final class Equations {
        private final double lnK;
        private final double q;
        private final double lnQ;
        private final double lnF1;
        private final double lnF2;

        Equations(double lnK, double q, double lnF1, double lnF2) {
            this.lnK = lnK;
            this.q = q;
            this.lnQ = Math.log(q);
            this.lnF1 = lnF1;
            this.lnF2 = lnF2;
        }

        double[] residuals(double x, double y) {
            double alpha = Math.exp(x);
            double lnBeta = -softplus(-y);
            double lnNotBeta = -softplus(y);
            double d = (1 - q) * Math.exp(lnNotBeta); // (1−π)(1−β)
            double lnNotD = Math.log1p(-d);
            double lnE1 = lnK + lnQ + alpha * (lnBeta - lnNotD) + Math.log(1 - d + alpha * d) - lnNotD;
            double lnE2 = lnK + 2 * lnQ + x + alpha * lnBeta + lnNotBeta + Math.log(2 - (1 - alpha) * d)
                    - Math.log(2) - (alpha + 2) * lnNotD;
            return new double[] {lnE1 - lnF1, lnE2 - lnF2};
        }

        double merit(double x, double y) {
            double[] r = residuals(x, y);
            return r[0] * r[0] + r[1] * r[1];
        }

        /** Damped Newton from (x, y); the root, or null. */
        double[] solve(double x, double y) {
            double[] r = residuals(x, y);
            double merit = r[0] * r[0] + r[1] * r[1];
            for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
                if (!Double.isFinite(merit)) {
                    return null;
                }
                if (Math.abs(r[0]) < TOLERANCE && Math.abs(r[1]) < TOLERANCE) {
                    return new double[] {x, y};
                }
                double h = 1e-6;
                double[] rxp = residuals(x + h, y);
                double[] rxm = residuals(x - h, y);
                double[] ryp = residuals(x, y + h);
                double[] rym = residuals(x, y - h);
                double j11 = (rxp[0] - rxm[0]) / (2 * h);
                double j21 = (rxp[1] - rxm[1]) / (2 * h);
                double j12 = (ryp[0] - rym[0]) / (2 * h);
                double j22 = (ryp[1] - rym[1]) / (2 * h);
                double det = j11 * j22 - j12 * j21;
                if (!(Math.abs(det) > 0) || !Double.isFinite(det)) {
                    return null;
                }
                double dx = -(j22 * r[0] - j12 * r[1]) / det;
                double dy = -(j11 * r[1] - j21 * r[0]) / det;
                boolean accepted = false;
                double lambda = 1;
                for (int halving = 0; halving < 50; halving++, lambda *= 0.5) {
                    double nx = x + lambda * dx;
                    double ny = y + lambda * dy;
                    double[] nr = residuals(nx, ny);
                    double m = nr[0] * nr[0] + nr[1] * nr[1];
                    if (Double.isFinite(m) && m < merit) {
                        x = nx;
                        y = ny;
                        r = nr;
                        merit = m;
                        accepted = true;
                        break;
                    }
                }
                if (!accepted) {
                    return Math.abs(r[0]) < TOLERANCE && Math.abs(r[1]) < TOLERANCE ? new double[] {x, y} : null;
                }
            }
            return Math.abs(r[0]) < TOLERANCE && Math.abs(r[1]) < TOLERANCE ? new double[] {x, y} : null;
        }
    }
}
