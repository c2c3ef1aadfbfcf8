package org.veil.service.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.lattice.Lattice;
import org.veil.engine.metric.Metric;
import org.veil.engine.privacy.PrivacyModel;
import org.veil.service.anonymize.AnonymizationRequest;
import org.veil.service.anonymize.ModelSpec;
import org.veil.service.anonymize.ModelSpecException;
import org.veil.service.workspace.ConfigurationProblem.Area;

/**
 * Says whether a configuration can run on a dataset, and if not, every reason, each tied to the
 * step where the user fixes it; and turns a runnable configuration into an anonymization request.
 */
public final class ConfigurationCheck {

    private static final int UNCOVERED_SHOWN = 5;

    private ConfigurationCheck() {
    }

    /** Every problem, in workflow order; empty when the configuration can run. */
    public static List<ConfigurationProblem> problems(Configuration configuration, Dataset dataset) {
        List<ConfigurationProblem> problems = new ArrayList<>();
        List<String> quasiIdentifiers = configuration.columns(AttributeRole.QUASI_IDENTIFYING);
        if (quasiIdentifiers.isEmpty()) {
            problems.add(new ConfigurationProblem(Area.ATTRIBUTES, null,
                    "Mark at least one column as quasi-identifying (Attributes)."));
        }
        checkHierarchies(configuration, dataset, quasiIdentifiers, problems);
        checkModels(configuration, problems);
        if (!(configuration.suppressionLimit() >= 0 && configuration.suppressionLimit() <= 1)) {
            problems.add(new ConfigurationProblem(Area.PRIVACY, null, "The suppression limit must be between 0% and 100%."));
        }
        return problems;
    }

    private static void checkHierarchies(Configuration configuration, Dataset dataset, List<String> quasiIdentifiers,
            List<ConfigurationProblem> problems) {
        long space = 1;
        for (String column : quasiIdentifiers) {
            AssignedHierarchy assigned = configuration.hierarchy(column);
            if (assigned == null) {
                problems.add(new ConfigurationProblem(Area.HIERARCHIES, column,
                        "Quasi-identifier '" + column + "' needs a hierarchy (Hierarchies)."));
                continue;
            }
            uncovered(column, assigned.hierarchy(), dataset).ifPresent(problems::add);
            space *= assigned.hierarchy().height() + 1L;
        }
        if (space > Lattice.MAX_SIZE) {
            problems.add(new ConfigurationProblem(Area.HIERARCHIES, null, String.format(
                    "The solution space has %,d transformations, more than the %,d Veil searches exactly: use fewer"
                            + " quasi-identifiers or hierarchies with fewer levels.", space, Lattice.MAX_SIZE)));
        }
    }

    private static Optional<ConfigurationProblem> uncovered(String column, Hierarchy hierarchy, Dataset dataset) {
        List<String> values = hierarchy.uncoveredValues(dataset.column(column).dictionary());
        if (values.isEmpty()) {
            return Optional.empty();
        }
        String shown = String.join(", ", values.subList(0, Math.min(UNCOVERED_SHOWN, values.size())).stream()
                .map(v -> "'" + v + "'").toList());
        return Optional.of(new ConfigurationProblem(Area.HIERARCHIES, column, String.format(
                "The hierarchy of '%s' does not cover %d value%s of the data: %s%s", column, values.size(),
                values.size() == 1 ? "" : "s", shown, values.size() > UNCOVERED_SHOWN ? ", …" : "")));
    }

    private static void checkModels(Configuration configuration, List<ConfigurationProblem> problems) {
        if (configuration.models().isEmpty()) {
            problems.add(new ConfigurationProblem(Area.PRIVACY, null, "Add at least one privacy model (Privacy)."));
        }
        for (ModelSpec model : configuration.models()) {
            Optional<String> attribute = model.sensitiveAttribute();
            if (attribute.isEmpty()) {
                continue;
            }
            String column = attribute.get();
            if (configuration.role(column) != AttributeRole.SENSITIVE) {
                problems.add(new ConfigurationProblem(Area.PRIVACY, column, String.format(
                        "%s protects '%s', which is not marked sensitive (Attributes).", model.text(), column)));
            } else {
                try {
                    model.toModel(sensitiveHierarchies(configuration));
                } catch (ModelSpecException e) {
                    problems.add(new ConfigurationProblem(Area.PRIVACY, column, e.getMessage()));
                }
            }
        }
    }

    private static Map<String, Hierarchy> sensitiveHierarchies(Configuration configuration) {
        Map<String, Hierarchy> hierarchies = new LinkedHashMap<>();
        for (String column : configuration.columns(AttributeRole.SENSITIVE)) {
            AssignedHierarchy assigned = configuration.hierarchy(column);
            if (assigned != null) {
                hierarchies.put(column, assigned.hierarchy());
            }
        }
        return hierarchies;
    }

    /**
     * The anonymization request of a configuration without {@link #problems}.
     *
     * @throws IllegalStateException if the configuration has problems
     */
    public static AnonymizationRequest request(Configuration configuration, Dataset dataset) {
        List<ConfigurationProblem> problems = problems(configuration, dataset);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.get(0).message());
        }
        Map<String, Hierarchy> quasiIdentifiers = new LinkedHashMap<>();
        for (String column : configuration.columns(AttributeRole.QUASI_IDENTIFYING)) {
            quasiIdentifiers.put(column, configuration.hierarchy(column).hierarchy());
        }
        List<PrivacyModel> models = new ArrayList<>();
        for (ModelSpec spec : configuration.models()) {
            try {
                models.add(spec.toModel(sensitiveHierarchies(configuration)));
            } catch (ModelSpecException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return new AnonymizationRequest(dataset, quasiIdentifiers, configuration.identifiers(), models,
                configuration.suppressionLimit(), Metric.named(configuration.metric()));
    }
}
