package org.veil.engine.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Sanity of the estimates on random class-size tables and sampling fractions. */
class PopulationUniquenessProperties {

    private static ClassSizeFrequencies table(Random random) {
        TreeMap<Integer, Integer> map = new TreeMap<>();
        map.put(1, 1 + random.nextInt(2_000));
        int sizes = random.nextInt(12);
        for (int i = 0; i < sizes; i++) {
            map.merge(2 + random.nextInt(random.nextBoolean() ? 5 : 200), random.nextInt(800), Integer::sum);
        }
        return ClassSizeFrequencies.of(map);
    }

    @Property(tries = 300)
    void estimatesAreSharesAndDankarAlwaysAnswers(@ForAll long seed) {
        Random random = new Random(seed);
        ClassSizeFrequencies f = table(random);
        double pi = Math.pow(10, -4 * random.nextDouble()); // 1e-4 .. 1
        PopulationUniques p = PopulationUniqueness.estimateWithSamplingFraction(f, pi);
        assertTrue(Double.isFinite(p.dankar()) && p.dankar() >= 0 && p.dankar() <= 1, p::toString);
        assertTrue(p.zayatz() > 0 && p.zayatz() <= p.sampleUniques() * (1 + 1e-12), p::toString);
        for (double share : new double[] {p.pitman(), p.snb()}) {
            assertTrue(Double.isNaN(share) || share >= 0 && share <= 1, p::toString);
        }
        assertEquals(p.share(p.dankarModel() == UniquenessModel.NONE ? UniquenessModel.ZAYATZ : p.dankarModel()),
                p.dankar(), p.dankarModel() == UniquenessModel.NONE ? 1 : 0, p::toString);
    }

    @Property(tries = 200)
    void zayatzAndPitmanSharesShrinkAsThePopulationGrows(@ForAll long seed) {
        Random random = new Random(seed);
        ClassSizeFrequencies f = table(random);
        double bigN = f.records() * (1 + 100 * random.nextDouble());
        PopulationUniques small = PopulationUniqueness.estimate(f, bigN);
        PopulationUniques large = PopulationUniqueness.estimate(f, 2 * bigN);
        assertTrue(large.zayatz() <= small.zayatz(), () -> small + " / " + large);
        if (!Double.isNaN(small.pitman())) {
            assertTrue(large.pitman() < small.pitman(), () -> small + " / " + large);
        }
    }
}
