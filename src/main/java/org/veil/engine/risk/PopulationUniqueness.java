package org.veil.engine.risk;

import java.util.Map;

/**
 * Estimates how many records of a sample are unique in the whole population, from the sample's
 * class-size frequencies and the population size: Pitman's ({@link PitmanModel}), Zayatz's
 * ({@link ZayatzModel}) and the SNB ({@link SnbModel}) models, and Dankar et al.'s rule
 * ({@link DankarRule}) choosing among them. See each class for formula, citation and numerical
 * method. The work is independent of the number of records beyond building the frequencies (each
 * model costs O(number of distinct class sizes) per iteration).
 *
 * <p>Special cases: no sample uniques → every estimate is 0; N = n (π = 1) → the sample is the
 * population and every estimate is the sample uniques f_1 (Zayatz gives this exactly anyway);
 * an empty sample → all 0.
 */
public final class PopulationUniqueness {

    private PopulationUniqueness() {
    }

    /** From the size of every class of the sample. */
    public static PopulationUniques estimate(int[] classSizes, double populationSize) {
        return estimate(ClassSizeFrequencies.ofClassSizes(classSizes), populationSize);
    }

    /** From a map class size → number of classes of that size. */
    public static PopulationUniques estimate(Map<Integer, ? extends Number> classSizeFrequencies, double populationSize) {
        return estimate(ClassSizeFrequencies.of(classSizeFrequencies), populationSize);
    }

    /**
     * From the sampling fraction π = n / N instead of the population size.
     *
     * @param samplingFraction 0 &lt; π ≤ 1
     */
    public static PopulationUniques estimateWithSamplingFraction(ClassSizeFrequencies frequencies,
            double samplingFraction) {
        if (!(samplingFraction > 0 && samplingFraction <= 1)) {
            throw new IllegalArgumentException("sampling fraction must be in (0, 1]: " + samplingFraction);
        }
        return estimate(frequencies, frequencies.records() / samplingFraction);
    }

    /**
     * Runs all three models and Dankar's rule.
     *
     * @param populationSize N, at least the sample size n (a value below n by no more than rounding
     *                       error counts as n)
     * @throws IllegalArgumentException if N is not a number or smaller than n
     */
    public static PopulationUniques estimate(ClassSizeFrequencies frequencies, double populationSize) {
        double n = frequencies.records();
        if (n == 0) {
            if (!(populationSize >= 0) || Double.isInfinite(populationSize)) {
                throw new IllegalArgumentException("invalid population size: " + populationSize);
            }
            return new PopulationUniques(0, 0, 0, 0, UniquenessModel.NONE, 0, 0, populationSize);
        }
        double bigN = checkPopulationSize(n, populationSize);
        double pi = n / bigN;
        long f1 = frequencies.sampleUniques();
        double sampleShare = f1 / n;
        if (f1 == 0) {
            return new PopulationUniques(0, 0, 0, 0, UniquenessModel.NONE, 0, pi, bigN);
        }
        if (bigN == n) {
            return new PopulationUniques(sampleShare, sampleShare, sampleShare, sampleShare, UniquenessModel.NONE,
                    sampleShare, 1, bigN);
        }
        double pitman = PitmanModel.populationUniques(frequencies, bigN);
        double zayatz = ZayatzModel.populationUniques(frequencies, bigN);
        double snb = SnbModel.populationUniques(frequencies, bigN);
        DankarRule.Choice choice = DankarRule.choose(pi, f1, pitman, zayatz, snb);
        return new PopulationUniques(pitman / bigN, zayatz / bigN, snb / bigN, choice.uniques() / bigN, choice.model(),
                sampleShare, pi, bigN);
    }

    /**
     * Validates N against n and returns it, snapping values within rounding error of n (as from
     * n / π with π = 1) to exactly n.
     */
    static double checkPopulationSize(double sampleSize, double populationSize) {
        if (!Double.isFinite(populationSize) || populationSize <= 0) {
            throw new IllegalArgumentException("invalid population size: " + populationSize);
        }
        if (Math.abs(populationSize - sampleSize) <= 1e-9 * sampleSize) {
            return sampleSize;
        }
        if (populationSize < sampleSize) {
            throw new IllegalArgumentException(
                    "population size " + populationSize + " is smaller than the sample size " + sampleSize);
        }
        return populationSize;
    }
}
