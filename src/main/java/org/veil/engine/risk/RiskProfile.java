package org.veil.engine.risk;

import java.util.SortedMap;

/**
 * Everything the risk analysis shows about one release, from its class sizes alone, so it costs
 * O(classes) whatever the number of records: the three attacker models of El Emam (2010) and El Emam
 * and Dankar (2008), the sample uniques, the class-size distribution and a histogram of record risk.
 *
 * <ul>
 * <li>Prosecutor: the attacker knows the person is in the data; risk 1 / |E|.</li>
 * <li>Journalist: the attacker only knows the person is in the population the data was sampled
 * from; risk 1 / F_E, F_E from the {@link Population} (a table, or estimated from the sampling
 * fraction). Without a population the sample stands for it and the journalist equals the
 * prosecutor, as in ARX.</li>
 * <li>Marketer: the attacker matches every record and counts the correct matches; the expected share
 * is (1/n) Σ |E| / F_E, which for the sample alone (F_E = |E|) is classes / n.</li>
 * </ul>
 *
 * Suppressed records are in no class: they are never at risk, and every average and share is over
 * the released records n (ARX's convention).
 */
public final class RiskProfile {

    private final ClassSizes classes;
    private final Population population;
    private final double threshold;
    private final double[] populationSizes;
    private final AttackerRisk prosecutor;
    private final AttackerRisk journalist;

    private RiskProfile(ClassSizes classes, Population population, double threshold) {
        this.classes = classes;
        this.population = population;
        this.threshold = threshold;
        this.populationSizes = population.classSizes(classes);
        this.prosecutor = AttackerRisk.measure(classes.sorted(), null, threshold);
        this.journalist = AttackerRisk.measure(classes.sorted(), populationSizes, threshold);
    }

    /**
     * The profile of a release.
     *
     * @param threshold a record whose risk exceeds it is at risk, in [0, 1]
     *                  ({@link ProsecutorRisk#DEFAULT_THRESHOLD} is El Emam's 20%)
     * @throws IllegalArgumentException if the threshold is outside [0, 1], a population table does
     *                                  not match the classes, or the population is smaller than the data
     */
    public static RiskProfile of(ClassSizes classes, Population population, double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the risk threshold must be in [0, 1], was " + threshold);
        }
        return new RiskProfile(classes, population, threshold);
    }

    /** The profile without population knowledge: the journalist equals the prosecutor. */
    public static RiskProfile of(ClassSizes classes, double threshold) {
        return of(classes, Population.SAMPLE, threshold);
    }

    public ClassSizes classes() {
        return classes;
    }

    public Population population() {
        return population;
    }

    public double threshold() {
        return threshold;
    }

    public AttackerRisk prosecutor() {
        return prosecutor;
    }

    /** Never above the prosecutor's figures, since F_E ≥ |E|. */
    public AttackerRisk journalist() {
        return journalist;
    }

    /**
     * The marketer's expected share of released records re-identified, (1/n) Σ |E| / F_E: the
     * journalist's average record risk; classes / n without population. 0 when nothing is released.
     */
    public double marketerAverage() {
        return journalist.average();
    }

    /** Released records alone in their class. */
    public int sampleUniques() {
        return classes.uniques();
    }

    /** How many classes have each size. */
    public SortedMap<Integer, Integer> classSizeDistribution() {
        return classes.distribution();
    }

    /**
     * Released records per bin of prosecutor risk: bin i holds the risks in [i/bins, (i+1)/bins), the
     * last one also 1. A class of size s falls in bin ⌊bins / s⌋, counted in integers, so a risk on a
     * bin edge (1/5 with 10 bins) lands in the bin it opens, never in the one below by rounding.
     *
     * @throws IllegalArgumentException if bins is below 1
     */
    public int[] recordRiskHistogram(int bins) {
        int[] histogram = newHistogram(bins);
        for (int size : classes.sorted()) {
            histogram[Math.min(bins - 1, bins / size)] += size;
        }
        return histogram;
    }

    /** Released records per bin of journalist risk 1 / F_E, binned as {@link #recordRiskHistogram}. */
    public int[] journalistRiskHistogram(int bins) {
        int[] histogram = newHistogram(bins);
        int[] sample = classes.sorted();
        for (int c = 0; c < sample.length; c++) {
            histogram[(int) Math.min(bins - 1, Math.floor(bins / populationSizes[c]))] += sample[c];
        }
        return histogram;
    }

    private static int[] newHistogram(int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("a histogram needs at least one bin, not " + bins);
        }
        return new int[bins];
    }
}
