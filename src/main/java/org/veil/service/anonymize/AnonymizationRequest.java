package org.veil.service.anonymize;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.metric.Metric;
import org.veil.engine.privacy.PrivacyModel;
import org.veil.engine.search.AnonymizationConfig;
import org.veil.engine.search.QuasiIdentifier;

/**
 * Everything one anonymization needs, captured at once so it can run on a worker thread: the
 * imported dataset, each quasi-identifier's hierarchy (in the order given), the direct identifiers to
 * remove, the privacy models, the largest share of records that may be suppressed and the metric to
 * minimise. Immutable. {@link AnonymizationService#problems} says whether it can run.
 */
public record AnonymizationRequest(Dataset dataset, Map<String, Hierarchy> quasiIdentifiers, Set<String> identifiers,
        List<PrivacyModel> models, double suppressionLimit, Metric metric) {

    public AnonymizationRequest {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(metric, "metric");
        quasiIdentifiers = Collections.unmodifiableMap(new LinkedHashMap<>(quasiIdentifiers));
        identifiers = Collections.unmodifiableSet(new LinkedHashSet<>(identifiers));
        models = List.copyOf(models);
    }

    /** The sensitive attributes the models protect, in model order. */
    public Set<String> sensitiveAttributes() {
        Set<String> attributes = new LinkedHashSet<>();
        for (PrivacyModel model : models) {
            model.sensitiveAttribute().ifPresent(attributes::add);
        }
        return Collections.unmodifiableSet(attributes);
    }

    /**
     * The engine's configuration.
     *
     * @throws IllegalArgumentException if the roles overlap, or nothing is to be done
     */
    public AnonymizationConfig toConfig() {
        List<QuasiIdentifier> qis = quasiIdentifiers.entrySet().stream()
                .map(e -> new QuasiIdentifier(e.getKey(), e.getValue())).toList();
        return new AnonymizationConfig(qis, identifiers, models, suppressionLimit, metric);
    }
}
