package org.veil.engine.privacy;

/**
 * The prosecutor's average re-identification risk over the released records, the mean of 1/|class|,
 * which equals (retained classes) / (retained records), is at most a threshold.
 */
public final class AverageReidentificationRisk extends DatasetLevelModel {

    private final double threshold;

    public AverageReidentificationRisk(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the risk threshold must be in (0, 1], was " + threshold);
        }
        this.threshold = threshold;
    }

    @Override
    public boolean isSatisfied(DatasetStatistics statistics) {
        if (statistics.retainedRecords() == 0) {
            return true; // nothing released, nobody at risk
        }
        return PrivacyModel.atMost((double) statistics.retainedClasses() / statistics.retainedRecords(), threshold);
    }

    @Override
    public String description() {
        return "average re-identification risk ≤ " + EntropyLDiversity.format(threshold);
    }

    @Override
    public String citation() {
        return "K. El Emam, F. K. Dankar. Protecting privacy using k-anonymity. Journal of the American Medical"
                + " Informatics Association 15(5), 2008.";
    }

    @Override
    public boolean isMonotoneWithSuppression() {
        return false;
    }
}
