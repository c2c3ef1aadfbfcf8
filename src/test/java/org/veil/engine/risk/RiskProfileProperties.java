package org.veil.engine.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The profile's per-class formulas give what listing every released record with its risk and
 * recounting gives, and the journalist never exceeds the prosecutor, whatever the classes and the
 * population.
 */
class RiskProfileProperties {

    private static final double EPS = 1e-9;

    @Property(tries = 500)
    void matchesARecountOverTheRecords(@ForAll long seed) {
        Random random = new Random(seed);
        int[] sizes = new int[random.nextInt(12)];
        for (int c = 0; c < sizes.length; c++) {
            sizes[c] = 1 + (random.nextBoolean() ? random.nextInt(3) : random.nextInt(20));
        }
        int suppressed = random.nextInt(3) == 0 ? random.nextInt(10) : 0;
        ClassSizes classes = new ClassSizes(sizes, suppressed);
        long[] people = new long[sizes.length];
        for (int c = 0; c < sizes.length; c++) {
            people[c] = sizes[c] + (random.nextBoolean() ? 0 : random.nextInt(40));
        }
        double fraction = 0.05 + 0.95 * random.nextDouble();
        Population population = switch (random.nextInt(3)) {
            case 0 -> Population.table(sizes, people);
            case 1 -> Population.sampled(fraction);
            default -> Population.SAMPLE;
        };
        double threshold = new double[] {0, 0.1, 0.2, 1 / 3.0, 0.5, 1, random.nextDouble()}[random.nextInt(7)];
        int bins = 1 + random.nextInt(20);

        RiskProfile profile = RiskProfile.of(classes, population, threshold);

        // Every released record with the class sizes it is matched against.
        List<int[]> records = new ArrayList<>();
        List<Double> journalistPeople = new ArrayList<>();
        for (int c = 0; c < sizes.length; c++) {
            for (int r = 0; r < sizes[c]; r++) {
                records.add(new int[] {sizes[c], c});
                journalistPeople.add(population.isTable() ? people[c]
                        : population == Population.SAMPLE ? sizes[c] : sizes[c] / fraction);
            }
        }
        List<Double> prosecutorRisks = records.stream().map(r -> 1.0 / r[0]).toList();
        List<Double> journalistRisks = journalistPeople.stream().map(f -> 1 / f).toList();
        double classesOverPeople = sizes.length == 0 ? 0 : sizes.length / java.util.Arrays.stream(sizes)
                .mapToDouble(s -> s).sum();
        assertRisk(recount(prosecutorRisks, threshold, classesOverPeople), profile.prosecutor());
        double matched = 0;
        for (int c = 0; c < sizes.length; c++) {
            matched += population.isTable() ? people[c]
                    : population == Population.SAMPLE ? sizes[c] : sizes[c] / fraction;
        }
        AttackerRisk journalist = recount(journalistRisks, threshold, sizes.length == 0 ? 0 : sizes.length / matched);
        assertRisk(journalist, profile.journalist());
        assertEquals(journalist.average(), profile.marketerAverage(), EPS);

        // the journalist never beats the prosecutor
        AttackerRisk p = profile.prosecutor();
        AttackerRisk j = profile.journalist();
        assertTrue(j.lowest() <= p.lowest() + EPS && j.average() <= p.average() + EPS
                && j.highest() <= p.highest() + EPS && j.recordsAtRisk() <= p.recordsAtRisk()
                && j.successRate() <= p.successRate() + EPS, () -> j + " above " + p);

        // uniques, distribution and histograms account for every released record
        assertEquals(records.stream().filter(r -> r[0] == 1).count(), profile.sampleUniques());
        assertEquals(records.size(), profile.classSizeDistribution().entrySet().stream()
                .mapToInt(e -> e.getKey() * e.getValue()).sum());
        assertEquals(sizes.length, profile.classSizeDistribution().values().stream().mapToInt(Integer::intValue).sum());
        int[] histogram = new int[bins];
        for (double risk : prosecutorRisks) {
            histogram[bin(risk, bins)]++;
        }
        assertEquals(java.util.Arrays.toString(histogram),
                java.util.Arrays.toString(profile.recordRiskHistogram(bins)));
        assertEquals(records.size(), java.util.Arrays.stream(profile.journalistRiskHistogram(bins)).sum());

        // the Analyze table's ProsecutorRisk says the same
        ProsecutorRisk table = ProsecutorRisk.of(classes, threshold);
        assertEquals(new ProsecutorRisk(p.highest(), p.average(), p.lowest(), p.recordsAtRisk(),
                profile.sampleUniques(), threshold), table);
    }

    /** The attacker's figures straight from the definitions over the records' risks. */
    private static AttackerRisk recount(List<Double> risks, double threshold, double oneMatchPerClass) {
        if (risks.isEmpty()) {
            return AttackerRisk.NONE;
        }
        double average = risks.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return new AttackerRisk(risks.stream().mapToDouble(Double::doubleValue).min().orElseThrow(), average,
                risks.stream().mapToDouble(Double::doubleValue).max().orElseThrow(),
                (int) risks.stream().filter(r -> r > threshold).count(), Math.max(oneMatchPerClass, average));
    }

    private static void assertRisk(AttackerRisk expected, AttackerRisk actual) {
        assertEquals(expected.lowest(), actual.lowest(), EPS, "lowest");
        assertEquals(expected.average(), actual.average(), EPS, "average");
        assertEquals(expected.highest(), actual.highest(), EPS, "highest");
        assertEquals(expected.recordsAtRisk(), actual.recordsAtRisk(), "records at risk");
        assertEquals(expected.successRate(), actual.successRate(), EPS, "success rate");
    }

    /** The bin of a risk 1/s found by exact rational comparison: the largest i with i/bins ≤ risk. */
    private static int bin(double risk, int bins) {
        int size = (int) Math.round(1 / risk);
        int i = 0;
        while (i + 1 < bins && (long) (i + 1) * size <= bins) {
            i++;
        }
        return i;
    }
}
