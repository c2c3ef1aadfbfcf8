package org.veil.engine.risk;

/**
 * Re-identification risk of the released records under one attacker model (El Emam 2010, "Risk-based
 * de-identification of health data"; El Emam and Dankar 2008): a record's risk is 1 / F, F the number
 * of people its quasi-identifier values match among those the attacker links against. The
 * prosecutor knows the person is in the data, so F is the record's class size in the sample f; the
 * journalist does not, so F is the class size in the population (F ≥ f).
 *
 * <p>Suppressed records are in no class and carry no risk: they are not counted at risk, and the
 * averages are over released records only, as ARX's sample summary does (it skips outliers).
 *
 * @param lowest        the smallest record risk, 1 / largest F
 * @param average       the mean record risk over released records, (1/n) Σ f/F; for the prosecutor
 *                      classes / released records
 * @param highest       the largest record risk, 1 / smallest F
 * @param recordsAtRisk released records whose risk exceeds (strictly) the threshold
 * @param successRate   the expected share of released records an attacker re-identifies when trying
 *                      them all (El Emam's "rC"): for the prosecutor the average risk; for the
 *                      journalist max(classes / Σ F, average), the better of matching one record per
 *                      class and matching every record
 */
public record AttackerRisk(double lowest, double average, double highest, int recordsAtRisk, double successRate) {

    /** The risk of releasing nothing. */
    public static final AttackerRisk NONE = new AttackerRisk(0, 0, 0, 0, 0);

    /**
     * Measures classes given by their sample sizes f and the sizes F the attacker matches against.
     *
     * @param sample     the released class sizes f
     * @param population for each class, F ≥ f; {@code null}: F = f (the prosecutor)
     */
    static AttackerRisk measure(int[] sample, double[] population, double threshold) {
        if (sample.length == 0) {
            return NONE;
        }
        long records = 0;
        int atRisk = 0;
        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0;
        double matched = 0; // Σ F
        double expected = 0; // Σ f / F, the records re-identified when every record is tried
        for (int c = 0; c < sample.length; c++) {
            int size = sample[c];
            double people = population == null ? size : population[c];
            records += size;
            smallest = Math.min(smallest, people);
            largest = Math.max(largest, people);
            matched += people;
            expected += population == null ? 1 : size / people;
            if (1 / people > threshold) {
                atRisk += size;
            }
        }
        double average = expected / records;
        return new AttackerRisk(1 / largest, average, 1 / smallest, atRisk, Math.max(sample.length / matched, average));
    }
}
