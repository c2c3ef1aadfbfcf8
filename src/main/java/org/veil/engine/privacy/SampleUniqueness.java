package org.veil.engine.privacy;

/** The share of records that are unique on the quasi-identifiers (in classes of size 1) is at most a threshold. */
public final class SampleUniqueness extends DatasetLevelModel {

    private final double threshold;

    public SampleUniqueness(double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the uniqueness threshold must be in [0, 1], was " + threshold);
        }
        this.threshold = threshold;
    }

    @Override
    public boolean isSatisfied(DatasetStatistics statistics) {
        return PrivacyModel.atMost((double) statistics.uniqueRecords() / statistics.records(), threshold);
    }

    @Override
    public String description() {
        return "sample uniqueness ≤ " + EntropyLDiversity.format(threshold);
    }

    @Override
    public String citation() {
        return "F. K. Dankar, K. El Emam, A. Neisa, T. Roffey. Estimating the re-identification risk of clinical"
                + " data sets. BMC Medical Informatics and Decision Making 12:66, 2012.";
    }

    @Override
    public boolean isMonotoneWithSuppression() {
        // Generalizing only merges classes, so the unique records of T' are unique in T too, and the
        // suppression needed (uniques beyond the threshold) cannot grow.
        return true;
    }
}
