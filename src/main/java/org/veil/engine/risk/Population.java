package org.veil.engine.risk;

import java.util.Arrays;
import org.veil.engine.classes.ClassTable;

/**
 * The population the data was sampled from, as far as the journalist and marketer models need it
 * (El Emam 2010): for every released class E of the sample, the number F_E of people in the
 * population who share its quasi-identifier values. Either given class by class (a population
 * table, e.g. from a census or the full register the sample was drawn from), or estimated from the
 * sampling fraction f as F_E ≈ |E| / f: if each person enters the sample with probability f, a class
 * of F_E people yields f·F_E records on average, so |E| / f is the moment estimate. It is crude
 * for small classes, where the population-uniqueness models (Pitman, Zayatz, SNB) do better, but it
 * keeps F_E ≥ |E|, so journalist risk never exceeds prosecutor risk.
 */
public final class Population {

    /** No population apart from the sample itself (f = 1): the journalist then equals the prosecutor. */
    public static final Population SAMPLE = sampled(1);

    private final double fraction;
    private final long people;
    private final int[] sampleSizes;
    private final long[] populationSizes;

    private Population(double fraction, long people, int[] sampleSizes, long[] populationSizes) {
        this.fraction = fraction;
        this.people = people;
        this.sampleSizes = sampleSizes;
        this.populationSizes = populationSizes;
    }

    /**
     * A sample drawn with this fraction of the population.
     *
     * @throws IllegalArgumentException unless 0 &lt; fraction ≤ 1
     */
    public static Population sampled(double fraction) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("the sampling fraction must be in (0, 1], was " + fraction);
        }
        return new Population(fraction, 0, null, null);
    }

    /**
     * A sample of a population of this many people; the sampling fraction is all records of the
     * data, suppressed ones included (they were sampled too), over this size.
     *
     * @throws IllegalArgumentException unless at least 1 (the data's own size is checked when used)
     */
    public static Population ofSize(long people) {
        if (people < 1) {
            throw new IllegalArgumentException("the population must hold at least one person, not " + people);
        }
        return new Population(Double.NaN, people, null, null);
    }

    /**
     * A population table: for each released class, its size in the sample and in the population, in
     * any order (the sizes are matched as a whole to the data's classes when used).
     *
     * @throws IllegalArgumentException if the arrays differ in length or a class is larger in the
     *                                  sample than in the population
     */
    public static Population table(int[] sampleSizes, long[] populationSizes) {
        if (sampleSizes.length != populationSizes.length) {
            throw new IllegalArgumentException("one population size per class: " + sampleSizes.length
                    + " classes, " + populationSizes.length + " population sizes");
        }
        for (int c = 0; c < sampleSizes.length; c++) {
            if (populationSizes[c] < sampleSizes[c]) {
                throw new IllegalArgumentException(String.format(
                        "a class of %d records cannot have only %d people in the population", sampleSizes[c],
                        populationSizes[c]));
            }
        }
        return new Population(Double.NaN, 0, sampleSizes.clone(), populationSizes.clone());
    }

    /**
     * A population table indexed like a class table's classes (as {@link ClassSizes#of} reads them):
     * suppressed classes are skipped, their entries ignored.
     *
     * @param suppressed which classes are suppressed; {@code null}: none
     */
    public static Population table(ClassTable classes, boolean[] suppressed, long[] populationSizes) {
        if (populationSizes.length != classes.size()) {
            throw new IllegalArgumentException("one population size per class: " + classes.size() + " classes, "
                    + populationSizes.length + " population sizes");
        }
        int[] sample = new int[classes.size()];
        long[] population = new long[classes.size()];
        int released = 0;
        for (int c = 0; c < classes.size(); c++) {
            if (suppressed == null || !suppressed[c]) {
                sample[released] = classes.count(c);
                population[released++] = populationSizes[c];
            }
        }
        return table(Arrays.copyOf(sample, released), Arrays.copyOf(population, released));
    }

    /** Whether the class sizes in the population are given rather than estimated from a fraction. */
    public boolean isTable() {
        return sampleSizes != null;
    }

    /**
     * The sampling fraction for data with these classes: given, the data's records over the
     * population size, or for a table the released records over the people of their classes.
     */
    public double samplingFraction(ClassSizes classes) {
        if (isTable()) {
            long people = Arrays.stream(populationSizes).sum();
            return people == 0 ? 1 : (double) classes.releasedRecords() / people;
        }
        if (this.people > 0) {
            requireFits(classes);
            return classes.records() == 0 ? 1 : (double) classes.records() / this.people;
        }
        return fraction;
    }

    /**
     * F_E for each released class, in the order of {@link ClassSizes#sorted()}.
     *
     * @throws IllegalArgumentException if a table's sample sizes are not the data's class sizes, or
     *                                  the population is smaller than the data
     */
    double[] classSizes(ClassSizes classes) {
        int[] sample = classes.sorted();
        double[] population = new double[sample.length];
        if (!isTable()) {
            double f = samplingFraction(classes);
            for (int c = 0; c < sample.length; c++) {
                population[c] = f == 1 ? sample[c] : sample[c] / f;
            }
            return population;
        }
        if (sampleSizes.length != sample.length) {
            throw new IllegalArgumentException("the population table has " + sampleSizes.length
                    + " classes, the data " + sample.length);
        }
        // Sort the table's classes by sample size, as the data's are: (size, index) packed in a long.
        long[] order = new long[sampleSizes.length];
        for (int c = 0; c < order.length; c++) {
            order[c] = (long) sampleSizes[c] << 32 | c;
        }
        Arrays.sort(order);
        for (int c = 0; c < sample.length; c++) {
            int entry = (int) order[c];
            if (sampleSizes[entry] != sample[c]) {
                throw new IllegalArgumentException("the population table's sample sizes are not the data's classes");
            }
            population[c] = populationSizes[entry];
        }
        return population;
    }

    private void requireFits(ClassSizes classes) {
        if (people < classes.records()) {
            throw new IllegalArgumentException(String.format("a population of %,d people cannot hold %,d records",
                    people, classes.records()));
        }
    }

    @Override
    public String toString() {
        if (isTable()) {
            return "population table of " + sampleSizes.length + " classes";
        }
        return people > 0 ? "population of " + people : "sampling fraction " + fraction;
    }
}
