package org.veil.engine.risk;

/**
 * Dankar et al.'s decision rule for estimating population uniqueness (F. K. Dankar, K. El Emam,
 * A. Neisa, T. Roffey, "Estimating the re-identification risk of clinical data sets", BMC Medical
 * Informatics and Decision Making 12:66, 2012). No single estimator was accurate across their
 * simulations; the rule picks one by sampling fraction π and by comparing estimates:
 * <ul>
 *   <li>π ≤ 10%: Pitman's model; if it is not estimable, Zayatz's;</li>
 *   <li>π &gt; 10%: the smaller of the SNB and Zayatz estimates; Zayatz if SNB is not estimable.</li>
 * </ul>
 * This is the reading implemented by ARX ({@code RiskModelPopulationUniqueness}), including its
 * fallback to Zayatz, whose closed form is always defined when there are sample uniques. Without
 * sample uniques every estimate is 0 and no model is chosen ({@link UniquenessModel#NONE}).
 */
public final class DankarRule {

    /** Sampling fractions up to this use Pitman's model. */
    public static final double PITMAN_MAX_SAMPLING_FRACTION = 0.1;

    /**
     * The chosen model and its estimate.
     *
     * @param model   the model chosen
     * @param uniques its estimated number of population uniques
     */
    public record Choice(UniquenessModel model, double uniques) {
    }

    private DankarRule() {
    }

    /**
     * Applies the rule to estimates already computed (numbers of population uniques; NaN where a
     * model is not estimable).
     *
     * @param samplingFraction π = n / N
     * @param sampleUniques    f_1; with none the choice is NONE and 0
     */
    public static Choice choose(double samplingFraction, long sampleUniques, double pitman, double zayatz, double snb) {
        if (sampleUniques == 0) {
            return new Choice(UniquenessModel.NONE, 0);
        }
        if (samplingFraction <= PITMAN_MAX_SAMPLING_FRACTION) {
            return valid(pitman) ? new Choice(UniquenessModel.PITMAN, pitman) : new Choice(UniquenessModel.ZAYATZ, zayatz);
        }
        if (valid(snb) && snb < zayatz) {
            return new Choice(UniquenessModel.SNB, snb);
        }
        return new Choice(UniquenessModel.ZAYATZ, zayatz);
    }

    /** Applies the rule, computing only the models it needs. */
    public static Choice choose(ClassSizeFrequencies frequencies, double populationSize) {
        double n = frequencies.records();
        double bigN = PopulationUniqueness.checkPopulationSize(n, populationSize);
        long f1 = frequencies.sampleUniques();
        if (f1 == 0) {
            return new Choice(UniquenessModel.NONE, 0);
        }
        double pi = n / bigN;
        if (pi <= PITMAN_MAX_SAMPLING_FRACTION) {
            double pitman = PitmanModel.populationUniques(frequencies, bigN);
            return valid(pitman) ? new Choice(UniquenessModel.PITMAN, pitman)
                    : new Choice(UniquenessModel.ZAYATZ, ZayatzModel.populationUniques(frequencies, bigN));
        }
        return choose(pi, f1, Double.NaN, ZayatzModel.populationUniques(frequencies, bigN),
                SnbModel.populationUniques(frequencies, bigN));
    }

    /** ARX's test: an estimate is usable if it is a number and not 0 (there are sample uniques). */
    private static boolean valid(double uniques) {
        return Double.isFinite(uniques) && uniques > 0;
    }
}
