package org.veil.engine.reference;

import java.util.List;
import java.util.Set;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.metric.Metric;
import org.veil.engine.search.AnonymizationConfig;
import org.veil.engine.search.QuasiIdentifier;

/**
 * One anonymization problem, stated independently of the engine: the input, the quasi-identifiers
 * with their hierarchies, the identifiers to remove, the models, the suppression limit and the
 * metric's name. Transformations are numbered Σ level_i · Π_{j<i}(height_j + 1).
 */
public record ReferenceProblem(Dataset data, List<Qi> quasiIdentifiers, Set<String> identifiers,
        List<ReferenceModel> models, double suppressionLimit, String metric) {

    /** A quasi-identifying column and its hierarchy. */
    public record Qi(String column, Hierarchy hierarchy) {
    }

    public ReferenceProblem {
        quasiIdentifiers = List.copyOf(quasiIdentifiers);
        identifiers = Set.copyOf(identifiers);
        models = List.copyOf(models);
    }

    /** The same problem for the engine. */
    public AnonymizationConfig toEngineConfig() {
        return new AnonymizationConfig(
                quasiIdentifiers.stream().map(qi -> new QuasiIdentifier(qi.column(), qi.hierarchy())).toList(),
                identifiers, models.stream().map(ReferenceModel::toEngine).toList(), suppressionLimit,
                Metric.named(metric));
    }

    public ReferenceProblem withMetric(String otherMetric) {
        return new ReferenceProblem(data, quasiIdentifiers, identifiers, models, suppressionLimit, otherMetric);
    }

    public int dimensions() {
        return quasiIdentifiers.size();
    }

    public int height(int dimension) {
        return quasiIdentifiers.get(dimension).hierarchy().height();
    }

    /** Number of transformations. */
    public int transformations() {
        int count = 1;
        for (int d = 0; d < dimensions(); d++) {
            count *= height(d) + 1;
        }
        return count;
    }

    /** The levels of transformation {@code number}; the first quasi-identifier varies fastest. */
    public int[] levelsOf(int number) {
        int[] levels = new int[dimensions()];
        int rest = number;
        for (int d = 0; d < levels.length; d++) {
            levels[d] = rest % (height(d) + 1);
            rest /= height(d) + 1;
        }
        return levels;
    }

    public int numberOf(int[] levels) {
        int number = 0;
        int place = 1;
        for (int d = 0; d < levels.length; d++) {
            number += levels[d] * place;
            place *= height(d) + 1;
        }
        return number;
    }
}
