package org.veil.service.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Five-digit ZIP codes of a hospital's catchment area (New York City and a corner of Nassau
 * County): a few hundred codes in seven 3-digit prefixes. Prefixes differ in size, and within a
 * prefix each code gets a random weight u³, so most codes are common and some are rare — the
 * records anonymization has to deal with.
 */
final class ZipCodes {

    /** A 3-digit prefix's range of codes and its share of patients. */
    private record Area(int first, int last, double share) {
    }

    private static final List<Area> AREAS = List.of(
            new Area(10001, 10069, 30),  // Manhattan
            new Area(11201, 11256, 28),  // Brooklyn
            new Area(10451, 10475, 18),  // Bronx
            new Area(11351, 11385, 12),  // Queens, north
            new Area(11411, 11436, 7),   // Queens, south-east
            new Area(10301, 10314, 3),   // Staten Island
            new Area(11001, 11010, 2));  // Nassau County border

    private final WeightedSampler<String> codes;

    /** Draws the codes' weights from {@code random}, so they vary with the seed. */
    ZipCodes(SplittableRandom random) {
        List<String> all = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Area area : AREAS) {
            int count = area.last() - area.first() + 1;
            double[] raw = new double[count];
            double sum = 0;
            for (int i = 0; i < count; i++) {
                double u = random.nextDouble();
                raw[i] = u * u * u + 1e-6;  // the floor keeps every weight positive
                sum += raw[i];
            }
            for (int i = 0; i < count; i++) {
                all.add(Integer.toString(area.first() + i));
                weights.add(area.share() * raw[i] / sum);
            }
        }
        this.codes = new WeightedSampler<>(all, weights.stream().mapToDouble(Double::doubleValue).toArray());
    }

    String pick(SplittableRandom random) {
        return codes.pick(random);
    }
}
