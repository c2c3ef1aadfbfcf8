package org.veil.engine.hierarchy.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;

/**
 * Groups of ordered categories (e.g. education levels, age bands). Level 1 groups
 * {@code groupSizes.get(0)} consecutive values of {@code order}, level 2 groups that many level-1
 * groups, and so on; a last level is {@code *}. A group is labelled by its first and last value,
 * {@code Bachelors–Doctorate} (en dash), or by its one value. With no group sizes, every value goes
 * straight to {@code *} (one level), which suits a few categories.
 *
 * <p>Groups are cut by position in {@code order}, whether or not every entry of it occurs among the
 * values built: the same order and sizes always give the same groups and labels, so a hierarchy
 * built on a sample fits the whole data. Entries of the order that are not among the values are
 * left out of the rows but still count for the grouping (and may name a group). The height is
 * {@code groupSizes.size() + 1}; the last group of a level may be smaller than the others.
 *
 * @param order      every value, in the user's order, each once
 * @param groupSizes group size per level above the values, each ≥ 2; may be empty
 */
public record OrderBuilder(List<String> order, List<Integer> groupSizes) implements HierarchyBuilder {

    /** Separates the first and last value in a group's label. */
    static final String DASH = "–";

    /** @throws IllegalArgumentException if a group size is below 2 or the order names a value twice */
    public OrderBuilder {
        order = List.copyOf(order);
        groupSizes = List.copyOf(groupSizes);
        for (int size : groupSizes) {
            if (size < 2) {
                throw new IllegalArgumentException("Each group must hold at least 2 of the level below, not " + size
                        + ".");
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        Set<String> twice = new LinkedHashSet<>();
        for (String value : order) {
            if (!seen.add(value)) {
                twice.add(value);
            }
        }
        if (!twice.isEmpty()) {
            throw new IllegalArgumentException("The order names " + (twice.size() == 1 ? "a value" : "values")
                    + " more than once: " + String.join(", ", BuildInput.listed(twice)) + ".");
        }
    }

    /**
     * Values missing from the order are refused; the message lists them.
     *
     * @throws HierarchyException also if two groups of a level would get the same label, which only
     *                            happens when a value is itself written like a group ({@code a–c})
     */
    @Override
    public Hierarchy build(List<String> values) throws HierarchyException {
        Map<String, Integer> positions = new HashMap<>(order.size() * 2);
        for (int i = 0; i < order.size(); i++) {
            positions.put(order.get(i), i);
        }
        List<String> missing = new ArrayList<>();
        List<String> present = new ArrayList<>();
        for (String value : BuildInput.distinct(values)) {
            (positions.containsKey(value) ? present : missing).add(value);
        }
        if (!missing.isEmpty()) {
            throw new HierarchyException(BuildInput.count(missing.size(), "value")
                    + (missing.size() == 1 ? " is" : " are") + " not in the order", BuildInput.listed(missing));
        }
        present.sort(Comparator.comparing(positions::get));

        long[] spans = spans();
        List<String> clashes = new ArrayList<>();
        List<Map<String, Long>> groupByLabel = new ArrayList<>();
        for (int level = 0; level < spans.length; level++) {
            groupByLabel.add(new HashMap<>());
        }
        List<String[]> rows = new ArrayList<>(present.size());
        for (String value : present) {
            String[] row = new String[spans.length + 2];
            row[0] = value;
            for (int level = 1; level <= spans.length; level++) {
                long span = spans[level - 1];
                long group = positions.get(value) / span;
                row[level] = label(group * span, Math.min((group + 1) * span, order.size()) - 1);
                Long other = groupByLabel.get(level - 1).putIfAbsent(row[level], group);
                if (other != null && other != group) {
                    clashes.add("'" + row[level] + "' on level " + level);
                }
            }
            row[row.length - 1] = TOP;
            rows.add(row);
        }
        if (!clashes.isEmpty()) {
            throw new HierarchyException("two groups would have the same label; rename the values written like a"
                    + " group", BuildInput.limited(List.copyOf(
                    new LinkedHashSet<>(clashes))));
        }
        return Hierarchy.of(rows);
    }

    /** How many entries of the order a group of each level spans, capped at the order's length. */
    private long[] spans() {
        long[] spans = new long[groupSizes.size()];
        long span = 1;
        for (int j = 0; j < spans.length; j++) {
            span = Math.min(span * groupSizes.get(j), Math.max(order.size(), 1));
            spans[j] = span;
        }
        return spans;
    }

    private String label(long first, long last) {
        return first == last ? order.get((int) first) : order.get((int) first) + DASH + order.get((int) last);
    }

    /** E.g. {@code Order in groups of 3, 2}. */
    @Override
    public String describe() {
        return groupSizes.isEmpty() ? "Order, each value straight to " + TOP
                : "Order in groups of " + String.join(", ", groupSizes.stream().map(String::valueOf).toList());
    }
}
