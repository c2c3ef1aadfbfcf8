package org.veil.service.risk;

import java.util.Map;
import java.util.SortedMap;
import org.veil.engine.risk.AttackerRisk;
import org.veil.engine.risk.PopulationUniques;

/**
 * The risk of the data as analyzed: the three attacker models, sample and population uniques and the
 * class-size distribution (size → number of classes), for the transformation given by {@code levels}.
 */
public record RiskReport(int records, int classes, Map<String, Integer> levels, double threshold,
        double samplingFraction, AttackerRisk prosecutor, AttackerRisk journalist, double marketerAverage,
        int sampleUniques, PopulationUniques populationUniques, SortedMap<Integer, Integer> classSizes) {
}
