package org.veil.service.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.metric.Metric;
import org.veil.engine.privacy.KAnonymity;
import org.veil.engine.risk.ClassSizeFrequencies;
import org.veil.engine.risk.ClassSizes;
import org.veil.engine.risk.Population;
import org.veil.engine.risk.PopulationUniqueness;
import org.veil.engine.risk.PopulationUniques;
import org.veil.engine.risk.RiskProfile;
import org.veil.engine.search.Anonymization;
import org.veil.engine.search.AnonymizationConfig;
import org.veil.engine.search.QuasiIdentifier;

/**
 * Re-identification risk of data as given, or generalized to given levels of its hierarchies:
 * what {@code veil risk} prints. Nothing is suppressed, so every record counts.
 */
public final class RiskService {

    /**
     * @throws HierarchyException       if a hierarchy does not cover its column
     * @throws IllegalArgumentException if a level lies above its hierarchy
     */
    public RiskReport analyze(RiskRequest request) throws HierarchyException {
        List<QuasiIdentifier> qis = new ArrayList<>();
        int[] levels = new int[request.quasiIdentifiers().size()];
        int i = 0;
        for (Map.Entry<String, Hierarchy> qi : request.quasiIdentifiers().entrySet()) {
            Hierarchy hierarchy = qi.getValue() != null ? qi.getValue()
                    : Hierarchy.keepingValues(request.dataset().column(qi.getKey()));
            int level = request.levels().getOrDefault(qi.getKey(), 0);
            if (level < 0 || level > hierarchy.height()) {
                throw new IllegalArgumentException(String.format("level %d of '%s' lies outside its hierarchy (0 to %d)",
                        level, qi.getKey(), hierarchy.height()));
            }
            qis.add(new QuasiIdentifier(qi.getKey(), hierarchy));
            levels[i++] = level;
        }
        // 1-anonymity holds for every transformation: the engine only forms the classes here.
        AnonymizationConfig config = new AnonymizationConfig(qis, Set.of(), List.of(new KAnonymity(1)), 0,
                Metric.named("loss"));
        Anonymization anonymization = Anonymization.prepare(request.dataset(), config);
        ClassSizes classes = ClassSizes.of(anonymization.classes(anonymization.lattice().index(levels)), null);

        Population population = request.populationSize() > 0 ? Population.ofSize(request.populationSize())
                : request.samplingFraction() > 0 ? Population.sampled(request.samplingFraction()) : Population.SAMPLE;
        RiskProfile profile = RiskProfile.of(classes, population, request.threshold());
        double fraction = population.samplingFraction(classes);
        PopulationUniques uniques = PopulationUniqueness.estimateWithSamplingFraction(
                ClassSizeFrequencies.ofClassSizes(classes.sizes()), fraction);
        return new RiskReport(classes.records(), classes.classes(), anonymization.levelsByName(
                anonymization.lattice().index(levels)), request.threshold(), fraction, profile.prosecutor(),
                profile.journalist(), profile.marketerAverage(), profile.sampleUniques(), uniques,
                profile.classSizeDistribution());
    }
}
