package org.veil.engine.risk;

/**
 * Estimated population uniqueness of a sample: for each model the estimated share of the
 * <em>population's</em> records that are unique in the population (population uniques / N), as in
 * ARX. NaN marks a model that is not estimable for this sample (see each model); Dankar's rule then
 * falls back to Zayatz, so {@link #dankar()} is always a number.
 *
 * @param pitman           {@link PitmanModel}, share of N; NaN if not estimable
 * @param zayatz           {@link ZayatzModel}, share of N
 * @param snb              {@link SnbModel}, share of N; NaN if not estimable
 * @param dankar           the estimate chosen by {@link DankarRule}, share of N
 * @param dankarModel      which model Dankar's rule chose ({@link UniquenessModel#NONE} when there
 *                         are no sample uniques or π = 1)
 * @param sampleUniques    share of the sample's records alone in their class, f_1 / n
 * @param samplingFraction π = n / N
 * @param populationSize   N
 */
public record PopulationUniques(double pitman, double zayatz, double snb, double dankar, UniquenessModel dankarModel,
        double sampleUniques, double samplingFraction, double populationSize) {

    /** Estimated number of population-unique records by Pitman's model (NaN if not estimable). */
    public double pitmanCount() {
        return pitman * populationSize;
    }

    /** Estimated number of population-unique records by Zayatz's model. */
    public double zayatzCount() {
        return zayatz * populationSize;
    }

    /** Estimated number of population-unique records by the SNB model (NaN if not estimable). */
    public double snbCount() {
        return snb * populationSize;
    }

    /** Estimated number of population-unique records by Dankar's rule. */
    public double dankarCount() {
        return dankar * populationSize;
    }

    /** The share estimated by a model (for {@link UniquenessModel#NONE}: Dankar's). */
    public double share(UniquenessModel model) {
        return switch (model) {
            case PITMAN -> pitman;
            case ZAYATZ -> zayatz;
            case SNB -> snb;
            case NONE -> dankar;
        };
    }
}
