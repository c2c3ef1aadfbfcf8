package org.veil.engine.risk;

/**
 * Zayatz's equivalence-class model of population uniqueness (L. Zayatz, "Estimation of the number of
 * unique population elements using a sample", Proc. Survey Research Methods Section, ASA, 1991;
 * as summarised in Dankar et al. 2012, appendix A).
 *
 * <p>By Bayes' rule, the probability that a sample unique is also unique in the population is
 * <pre>
 *   P(F=1 | f=1) = p_1·P(f=1 | F=1) / Σ_j p_j·P(f=1 | F=j)
 * </pre>
 * where {@code p_j}, the share of population classes of size j, is estimated by the share of sample
 * classes of size j ({@code f_j / u}), and {@code P(f=1 | F=j)} is hypergeometric (n records drawn
 * without replacement from N): {@code j·C(N−j, n−1) / C(N, n)}. Dividing through by
 * {@code P(f=1 | F=1) = n/N} leaves a ratio that needs no binomial coefficients:
 * <pre>
 *   P(f=1 | F=j) / P(f=1 | F=1) = j · Π_{i=1}^{j−1} (N−n+1−i) / (N−i)
 *   P(F=1 | f=1) = f_1 / Σ_j f_j · j · Π_{i=1}^{j−1} (N−n+1−i) / (N−i)
 * </pre>
 * The estimated number of population uniques is the sample uniques that are population uniques,
 * scaled up by the sampling fraction: {@code S_1 = f_1 · P(F=1 | f=1) / π}.
 *
 * <p>Closed form, no iteration, always defined when {@code f_1 > 0}. With π = 1 every factor for
 * j ≥ 2 is 0 and the estimate is exactly {@code f_1}; with all classes unique it is {@code N}.
 */
public final class ZayatzModel {

    private ZayatzModel() {
    }

    /**
     * Estimated number of population-unique records.
     *
     * @param frequencies    the sample's class-size frequencies
     * @param populationSize N, at least the sample size
     */
    public static double populationUniques(ClassSizeFrequencies frequencies, double populationSize) {
        double f1 = frequencies.sampleUniques();
        if (f1 == 0) {
            return 0;
        }
        double n = frequencies.records();
        double bigN = PopulationUniqueness.checkPopulationSize(n, populationSize);
        return Math.min(bigN, f1 * conditionalUniqueness(frequencies, bigN) * bigN / n); // min: rounding only
    }

    /** P(F=1 | f=1): the probability that a sample unique is a population unique. */
    static double conditionalUniqueness(ClassSizeFrequencies frequencies, double populationSize) {
        double n = frequencies.records();
        double f1 = frequencies.sampleUniques();
        double unsampled = populationSize - n; // N − n
        double denominator = 0;
        for (int k = 0; k < frequencies.distinctSizes(); k++) {
            int j = frequencies.size(k);
            double ratio = j; // j · Π_{i=1}^{j−1} (N−n+1−i)/(N−i)
            for (int i = 1; i < j && ratio > 0; i++) {
                double factor = (unsampled + 1 - i) / (populationSize - i);
                ratio = factor > 0 ? ratio * factor : 0;
                if (ratio < 1e-300) {
                    ratio = 0;
                }
            }
            denominator += frequencies.count(k) * ratio;
        }
        return f1 / denominator;
    }
}
