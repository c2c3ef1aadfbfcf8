package org.veil.service.sample;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Picks items at random in proportion to fixed positive weights. */
final class WeightedSampler<T> {

    private final List<T> items;
    private final double[] cumulative;

    WeightedSampler(List<T> items, double[] weights) {
        if (items.isEmpty() || items.size() != weights.length) {
            throw new IllegalArgumentException("need one weight per item and at least one item");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] > 0)) {
                throw new IllegalArgumentException("weight of " + items.get(i) + " must be positive");
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    T pick(SplittableRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int found = Arrays.binarySearch(cumulative, target);
        // cumulative[i] is the exclusive upper bound of item i.
        return items.get(found >= 0 ? found + 1 : -found - 1);
    }
}
