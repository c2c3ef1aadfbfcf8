package org.veil.engine.risk;

/**
 * Re-identification risk under the prosecutor model (El Emam 2010): the attacker knows the person
 * is in the data, so a record's risk is 1 / (size of its class). Suppressed records carry no risk.
 * The prosecutor's {@link AttackerRisk} with the sample uniques and the threshold, as the Analyze
 * table shows them side by side; {@link RiskProfile} has the journalist and marketer as well.
 *
 * @param highest            the largest record risk, 1 / smallest class
 * @param average            the mean record risk over released records, classes / released records
 * @param lowest             the smallest record risk, 1 / largest class
 * @param recordsAtRisk      released records whose risk exceeds the threshold
 * @param sampleUniques      released records alone in their class
 * @param threshold          the threshold {@code recordsAtRisk} was counted against
 */
public record ProsecutorRisk(double highest, double average, double lowest, int recordsAtRisk, int sampleUniques,
        double threshold) {

    /** El Emam's default threshold: a risk above 20% (classes smaller than 5) is high. */
    public static final double DEFAULT_THRESHOLD = 0.2;

    public static ProsecutorRisk of(ClassSizes classes, double threshold) {
        AttackerRisk risk = AttackerRisk.measure(classes.sorted(), null, threshold);
        return new ProsecutorRisk(risk.highest(), risk.average(), risk.lowest(), risk.recordsAtRisk(),
                classes.uniques(), threshold);
    }
}
