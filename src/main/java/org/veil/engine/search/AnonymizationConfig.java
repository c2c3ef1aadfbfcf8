package org.veil.engine.search;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.veil.engine.metric.Metric;
import org.veil.engine.privacy.PrivacyModel;

/**
 * What to anonymize and how: the quasi-identifiers with their hierarchies, the direct identifiers
 * to remove, the privacy models every release must satisfy, the share of records that may be
 * suppressed, and the metric to minimise. Columns named nowhere are released unchanged.
 *
 * @param suppressionLimit the largest share of records that may be suppressed, 0 to 1
 */
public record AnonymizationConfig(List<QuasiIdentifier> quasiIdentifiers, Set<String> identifiers,
        List<PrivacyModel> models, double suppressionLimit, Metric metric) {

    public AnonymizationConfig {
        quasiIdentifiers = List.copyOf(quasiIdentifiers);
        identifiers = Set.copyOf(identifiers);
        models = List.copyOf(models);
        if (quasiIdentifiers.isEmpty()) {
            throw new IllegalArgumentException("name at least one quasi-identifier");
        }
        if (models.isEmpty()) {
            throw new IllegalArgumentException("choose at least one privacy model");
        }
        if (!(suppressionLimit >= 0 && suppressionLimit <= 1)) {
            throw new IllegalArgumentException("the suppression limit must be between 0 and 1, was " + suppressionLimit);
        }
        Set<String> names = new HashSet<>();
        for (QuasiIdentifier qi : quasiIdentifiers) {
            if (!names.add(qi.column())) {
                throw new IllegalArgumentException("quasi-identifier '" + qi.column() + "' is named twice");
            }
            if (identifiers.contains(qi.column())) {
                throw new IllegalArgumentException("'" + qi.column() + "' cannot be both identifier and quasi-identifier");
            }
        }
        for (String sensitive : sensitiveAttributes(models)) {
            if (names.contains(sensitive) || identifiers.contains(sensitive)) {
                throw new IllegalArgumentException("sensitive attribute '" + sensitive
                        + "' cannot also be an identifier or quasi-identifier");
            }
        }
    }

    /** The sensitive attributes the models protect, in model order. */
    public Set<String> sensitiveAttributes() {
        return sensitiveAttributes(models);
    }

    private static Set<String> sensitiveAttributes(List<PrivacyModel> models) {
        Set<String> attributes = new LinkedHashSet<>();
        for (PrivacyModel model : models) {
            model.sensitiveAttribute().ifPresent(attributes::add);
        }
        return attributes;
    }

    /**
     * Whether being anonymous is monotone for this configuration: every generalization of an
     * anonymous transformation is anonymous. True without suppression (every model is monotone
     * then), and with suppression when every model keeps the suppressed records from growing.
     * The search prunes with it only when it holds.
     */
    public boolean isAnonymityMonotone() {
        return suppressionLimit == 0 || models.stream().allMatch(PrivacyModel::isMonotoneWithSuppression);
    }
}
