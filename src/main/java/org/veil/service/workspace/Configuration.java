package org.veil.service.workspace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.veil.engine.data.Dataset;
import org.veil.service.anonymize.MetricNames;
import org.veil.service.anonymize.ModelSpec;

/**
 * What the user configured for anonymizing a dataset: a role per column, the hierarchies assigned,
 * the privacy models, the suppression limit and the metric. Immutable: every change makes a new
 * configuration, which makes undo a matter of keeping the old one.
 */
public record Configuration(Map<String, AttributeRole> roles, Map<String, AssignedHierarchy> hierarchies,
        List<ModelSpec> models, double suppressionLimit, String metric) {

    public Configuration {
        roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
        hierarchies = Collections.unmodifiableMap(new LinkedHashMap<>(hierarchies));
        models = List.copyOf(models);
        Objects.requireNonNull(metric, "metric");
    }

    /** Every column insensitive, no hierarchies, no models, no suppression, Loss. */
    public static Configuration initial(Dataset dataset) {
        Map<String, AttributeRole> roles = new LinkedHashMap<>();
        for (String column : dataset.columnNames()) {
            roles.put(column, AttributeRole.INSENSITIVE);
        }
        return new Configuration(roles, Map.of(), List.of(), 0, MetricNames.DEFAULT);
    }

    public AttributeRole role(String column) {
        return roles.getOrDefault(column, AttributeRole.INSENSITIVE);
    }

    /** The columns with a role, in dataset order. */
    public List<String> columns(AttributeRole role) {
        List<String> columns = new ArrayList<>();
        roles.forEach((column, r) -> {
            if (r == role) {
                columns.add(column);
            }
        });
        return columns;
    }

    public Set<String> identifiers() {
        return new LinkedHashSet<>(columns(AttributeRole.IDENTIFYING));
    }

    /**
     * The class size below which records stand out: the largest k of the k-anonymity models, or 2
     * without one (then the small classes are the unique records).
     */
    public int smallClassThreshold() {
        return models.stream().filter(ModelSpec.KAnonymitySpec.class::isInstance)
                .mapToInt(model -> ((ModelSpec.KAnonymitySpec) model).k()).max().orElse(2);
    }

    public AssignedHierarchy hierarchy(String column) {
        return hierarchies.get(column);
    }

    public Configuration withRole(String column, AttributeRole role) {
        Map<String, AttributeRole> changed = new LinkedHashMap<>(roles);
        changed.put(column, role);
        return new Configuration(changed, hierarchies, models, suppressionLimit, metric);
    }

    /** Assigns a hierarchy, or removes the column's hierarchy for {@code null}. */
    public Configuration withHierarchy(String column, AssignedHierarchy hierarchy) {
        Map<String, AssignedHierarchy> changed = new LinkedHashMap<>(hierarchies);
        if (hierarchy == null) {
            changed.remove(column);
        } else {
            changed.put(column, hierarchy);
        }
        return new Configuration(roles, changed, models, suppressionLimit, metric);
    }

    public Configuration withModels(List<ModelSpec> newModels) {
        return new Configuration(roles, hierarchies, newModels, suppressionLimit, metric);
    }

    public Configuration withModelAdded(ModelSpec model) {
        List<ModelSpec> changed = new ArrayList<>(models);
        changed.add(model);
        return withModels(changed);
    }

    public Configuration withModelReplaced(int index, ModelSpec model) {
        List<ModelSpec> changed = new ArrayList<>(models);
        changed.set(index, model);
        return withModels(changed);
    }

    public Configuration withModelRemoved(int index) {
        List<ModelSpec> changed = new ArrayList<>(models);
        changed.remove(index);
        return withModels(changed);
    }

    public Configuration withSuppressionLimit(double limit) {
        return new Configuration(roles, hierarchies, models, limit, metric);
    }

    public Configuration withMetric(String newMetric) {
        return new Configuration(roles, hierarchies, models, suppressionLimit, newMetric);
    }
}
