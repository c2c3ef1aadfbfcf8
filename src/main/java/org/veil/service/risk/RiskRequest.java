package org.veil.service.risk;

import java.util.LinkedHashMap;
import java.util.Map;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;

/**
 * What to analyze: the data, its quasi-identifiers (each with its hierarchy, or {@code null} to take
 * the values as they are), the level of each (missing: 0, the data as given), the population the
 * data was drawn from and the risk threshold.
 *
 * @param populationSize   people in the population, or 0 when {@code samplingFraction} is given or
 *                         the data is the whole population
 * @param samplingFraction the share of the population in the data, 0 &lt; f ≤ 1, or 0 when not given
 */
public record RiskRequest(Dataset dataset, Map<String, Hierarchy> quasiIdentifiers, Map<String, Integer> levels,
        long populationSize, double samplingFraction, double threshold) {

    public RiskRequest {
        quasiIdentifiers = new LinkedHashMap<>(quasiIdentifiers); // keeps the order; allows null hierarchies
        levels = Map.copyOf(levels);
        if (populationSize > 0 && samplingFraction > 0) {
            throw new IllegalArgumentException("give the population size or the sampling fraction, not both");
        }
        if (samplingFraction < 0 || samplingFraction > 1) {
            throw new IllegalArgumentException("the sampling fraction must lie in (0, 1], not " + samplingFraction);
        }
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("the risk threshold must lie in [0, 1], not " + threshold);
        }
        if (quasiIdentifiers.isEmpty()) {
            throw new IllegalArgumentException("name at least one quasi-identifier");
        }
        for (String column : quasiIdentifiers.keySet()) {
            if (!dataset.hasColumn(column)) {
                throw new IllegalArgumentException("the data has no column '" + column + "'");
            }
        }
        for (String column : levels.keySet()) {
            if (!quasiIdentifiers.containsKey(column)) {
                throw new IllegalArgumentException("a level is given for '" + column + "', which is no quasi-identifier");
            }
        }
    }
}
