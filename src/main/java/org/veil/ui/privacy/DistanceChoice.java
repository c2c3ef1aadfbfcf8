package org.veil.ui.privacy;

import org.veil.service.anonymize.ModelSpec.GroundDistance;

/** The ground distances of t-closeness as the form offers them, each with when to use it. */
public enum DistanceChoice {
    EQUAL(GroundDistance.EQUAL, "Equal distance", "Every two values are equally far apart. For categories"
            + " without an order."),
    ORDERED(GroundDistance.ORDERED, "Ordered distance", "Neighbouring values are close: numbers and dates in"
            + " their order, text alphabetically. For numbers and dates such as income or age."),
    HIERARCHICAL(GroundDistance.HIERARCHICAL, "Hierarchical distance", "Values are close when they share a branch"
            + " of the attribute's hierarchy, e.g. diagnoses of one organ. Needs a hierarchy for the attribute.");

    private final GroundDistance distance;
    private final String label;
    private final String explanation;

    DistanceChoice(GroundDistance distance, String label, String explanation) {
        this.distance = distance;
        this.label = label;
        this.explanation = explanation;
    }

    public GroundDistance distance() {
        return distance;
    }

    public String explanation() {
        return explanation;
    }

    public static DistanceChoice of(GroundDistance distance) {
        for (DistanceChoice choice : values()) {
            if (choice.distance == distance) {
                return choice;
            }
        }
        throw new IllegalArgumentException(String.valueOf(distance));
    }

    @Override
    public String toString() {
        return label;
    }
}
