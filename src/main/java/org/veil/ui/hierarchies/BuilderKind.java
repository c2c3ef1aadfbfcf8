package org.veil.ui.hierarchies;

import org.veil.engine.hierarchy.build.DateBuilder;
import org.veil.engine.hierarchy.build.HierarchyBuilder;
import org.veil.engine.hierarchy.build.IntervalBuilder;
import org.veil.engine.hierarchy.build.MaskingBuilder;
import org.veil.engine.hierarchy.build.OrderBuilder;

/** The ways the editor makes a hierarchy: one per builder, and by hand. */
public enum BuilderKind {
    INTERVALS("Intervals", "Ranges of numbers, e.g. ages [20, 30), joined further level by level"),
    ORDER("Order", "Ordered categories in groups of n per level"),
    MASKING("Masking", "Codes with one more character replaced by * per level, e.g. ZIP 1234*"),
    DATES("Dates", "Dates to week, month, quarter, year, decade or century"),
    MANUAL("By hand", "Edit the tree: rename groups, drag values between groups, add or remove levels");

    private final String label;
    private final String explanation;

    BuilderKind(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    /** The kind of a builder; by hand for none (an imported or hand-edited hierarchy). */
    public static BuilderKind of(HierarchyBuilder builder) {
        if (builder instanceof IntervalBuilder) {
            return INTERVALS;
        } else if (builder instanceof OrderBuilder) {
            return ORDER;
        } else if (builder instanceof MaskingBuilder) {
            return MASKING;
        } else if (builder instanceof DateBuilder) {
            return DATES;
        }
        return MANUAL;
    }

    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }

    @Override
    public String toString() {
        return label;
    }
}
