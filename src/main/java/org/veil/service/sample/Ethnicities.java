package org.veil.service.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Census-like race and ethnicity categories with shares roughly those of the US population, and the
 * broader group each falls into when generalized: the small categories merge into two groups, so
 * generalizing one level hides exactly the rare values.
 */
final class Ethnicities {

    /** A category, its share of patients and its broader group. */
    private record Ethnicity(String name, double share, String group) {
    }

    private static final String ASIAN_OR_PACIFIC = "Asian or Pacific Islander";
    private static final String OTHER_OR_MULTIPLE = "Other or multiple races";

    private static final List<Ethnicity> ALL = List.of(
            new Ethnicity("White", 58.0, "White"),
            new Ethnicity("Hispanic or Latino", 19.0, "Hispanic or Latino"),
            new Ethnicity("Black or African American", 12.5, "Black or African American"),
            new Ethnicity("Asian", 6.0, ASIAN_OR_PACIFIC),
            new Ethnicity("Native Hawaiian or Pacific Islander", 0.3, ASIAN_OR_PACIFIC),
            new Ethnicity("American Indian or Alaska Native", 1.2, OTHER_OR_MULTIPLE),
            new Ethnicity("Two or more races", 3.0, OTHER_OR_MULTIPLE));

    private static final WeightedSampler<String> SAMPLER = new WeightedSampler<>(
            ALL.stream().map(Ethnicity::name).toList(),
            ALL.stream().mapToDouble(Ethnicity::share).toArray());

    private Ethnicities() {
    }

    static String pick(SplittableRandom random) {
        return SAMPLER.pick(random);
    }

    /** The broader group of a category. */
    static String groupOf(String name) {
        for (Ethnicity ethnicity : ALL) {
            if (ethnicity.name().equals(name)) {
                return ethnicity.group();
            }
        }
        throw new IllegalArgumentException("unknown ethnicity: " + name);
    }
}
