package org.veil.engine.privacy;

import java.util.Optional;

/**
 * A model on the released dataset as a whole. When it is not met, whole classes are suppressed,
 * smallest first, until it is (docs/privacy-models.md, record suppression).
 */
public abstract non-sealed class DatasetLevelModel implements PrivacyModel {

    public abstract boolean isSatisfied(DatasetStatistics statistics);

    @Override
    public Optional<String> sensitiveAttribute() {
        return Optional.empty();
    }

    @Override
    public String toString() {
        return description();
    }
}
