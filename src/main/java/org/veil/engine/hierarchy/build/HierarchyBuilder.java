package org.veil.engine.hierarchy.build;

import java.util.List;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;

/**
 * Makes a generalization hierarchy for the values of one column from a few parameters. A builder is
 * an immutable value: its parameters are what a project saves, so a built hierarchy can be reopened
 * and changed in its builder later. Every builder ends in a single top group {@code *}.
 */
public sealed interface HierarchyBuilder permits IntervalBuilder, OrderBuilder, MaskingBuilder, DateBuilder {

    /** The group every value generalizes to at the top level. */
    String TOP = "*";

    /**
     * Builds the hierarchy of these values (the distinct, non-missing values of a column, as text, in
     * any order). The result covers every one of them and passes {@link Hierarchy#of} validation.
     *
     * @throws HierarchyException if the parameters do not fit the values, e.g. a value that is not a
     *                            number for intervals; the message lists the values concerned
     */
    Hierarchy build(List<String> values) throws HierarchyException;

    /**
     * The builder and its parameters in a few words, e.g. {@code Intervals of 10 from 0, then ×2},
     * {@code Masking from the right, padding '0'}, {@code Dates: month, year, decade} or
     * {@code Order in groups of 3, 2}.
     */
    String describe();
}
