package org.veil.engine.hierarchy.build;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;

/**
 * Intervals for numbers. Level 1 cuts the number line into intervals {@code [origin + i·width,
 * origin + (i+1)·width)} labelled {@code [20, 30)}; each further level joins {@code fanouts.get(j)}
 * neighbouring intervals of the level below (aligned to the origin), labelled by the joined range
 * ({@code [20, 40)}); a last level is {@code *}. Bottom and top coding: values below {@code bottom}
 * become {@code <bottom} and values at or above {@code top} become {@code ≥top} on every level but
 * the top (HIPAA Safe Harbor: ages 90 and over → {@code ≥90}). Integers print without decimals,
 * other numbers in their shortest exact decimal form ({@code [2.5, 5)}).
 *
 * <p>The height is {@code fanouts.size() + 2}. Because every level's intervals are aligned to the
 * origin, each interval lies inside exactly one interval of the level above. The interval holding
 * {@code bottom} or {@code top} keeps its full label even though some of its range is coded.
 * Values are read after trimming, in decimal ({@code 42}, {@code -1.5}, {@code +3}, {@code 2.5e3}) and
 * placed exactly: {@code 0.3} lies in {@code [0.3, 0.4)}.
 *
 * @param origin  where the first interval starts (intervals extend both ways from it)
 * @param width   the width of the level-1 intervals, &gt; 0
 * @param fanouts how many intervals of the level below each further level joins, each ≥ 2; may be empty
 * @param bottom  values below it are bottom-coded, or {@code null} for none
 * @param top     values at or above it are top-coded, or {@code null} for none
 */
public record IntervalBuilder(double origin, double width, List<Integer> fanouts, Double bottom, Double top)
        implements HierarchyBuilder {

    /**
     * @throws IllegalArgumentException if a number is not finite, the width is not above 0, a fanout is
     *                                  below 2, or the bottom is not below the top
     */
    public IntervalBuilder {
        fanouts = List.copyOf(fanouts);
        if (!Double.isFinite(origin)) {
            throw new IllegalArgumentException("The start of the intervals must be a number, not " + origin + ".");
        }
        if (!(width > 0) || !Double.isFinite(width)) {
            throw new IllegalArgumentException("The width of the intervals must be a number above 0, not "
                    + (Double.isFinite(width) ? Numbers.text(width) : width) + ".");
        }
        for (int fanout : fanouts) {
            if (fanout < 2) {
                throw new IllegalArgumentException("Each level above the intervals must join at least 2 of the level"
                        + " below, not " + fanout + ".");
            }
        }
        if (bottom != null && !Double.isFinite(bottom) || top != null && !Double.isFinite(top)) {
            throw new IllegalArgumentException("The bottom and top codes must be numbers, not " + bottom + " and "
                    + top + ".");
        }
        if (bottom != null && top != null && bottom >= top) {
            throw new IllegalArgumentException("The bottom code (" + Numbers.text(bottom)
                    + ") must be below the top code (" + Numbers.text(top) + ").");
        }
    }

    /** Values that are not numbers are refused; the message lists them. */
    @Override
    public Hierarchy build(List<String> values) throws HierarchyException {
        List<String> notNumbers = new ArrayList<>();
        List<Parsed> numbers = new ArrayList<>();
        for (String value : BuildInput.distinct(values)) {
            BigDecimal number = Numbers.parse(value);
            if (number == null) {
                notNumbers.add(value);
            } else {
                numbers.add(new Parsed(value, number));
            }
        }
        if (!notNumbers.isEmpty()) {
            throw new HierarchyException(BuildInput.count(notNumbers.size(), "value")
                    + (notNumbers.size() == 1 ? " is not a number" : " are not numbers"),
                    BuildInput.listed(notNumbers));
        }
        numbers.sort(Comparator.comparing(Parsed::value).thenComparing(Parsed::text));

        BigDecimal start = Numbers.of(origin);
        BigDecimal[] widths = new BigDecimal[fanouts.size() + 1];
        widths[0] = Numbers.of(width);
        for (int j = 0; j < fanouts.size(); j++) {
            widths[j + 1] = widths[j].multiply(BigDecimal.valueOf(fanouts.get(j)));
        }
        BigDecimal low = bottom == null ? null : Numbers.of(bottom);
        BigDecimal high = top == null ? null : Numbers.of(top);

        List<String[]> rows = new ArrayList<>(numbers.size());
        for (Parsed number : numbers) {
            String[] row = new String[widths.length + 2];
            row[0] = number.text();
            for (int level = 1; level <= widths.length; level++) {
                row[level] = label(number.value(), start, widths[level - 1], low, high);
            }
            row[row.length - 1] = TOP;
            rows.add(row);
        }
        return Hierarchy.of(rows);
    }

    private static String label(BigDecimal value, BigDecimal start, BigDecimal width, BigDecimal low,
            BigDecimal high) {
        if (low != null && value.compareTo(low) < 0) {
            return "<" + Numbers.text(low);
        }
        if (high != null && value.compareTo(high) >= 0) {
            return "≥" + Numbers.text(high);
        }
        BigDecimal index = value.subtract(start).divide(width, 0, RoundingMode.FLOOR);
        BigDecimal from = start.add(index.multiply(width));
        return "[" + Numbers.text(from) + ", " + Numbers.text(from.add(width)) + ")";
    }

    /** E.g. {@code Intervals of 10 from 0, then ×2; bottom-coded <18; top-coded ≥90}. */
    @Override
    public String describe() {
        StringBuilder text = new StringBuilder("Intervals of ").append(Numbers.text(width)).append(" from ")
                .append(Numbers.text(origin));
        if (!fanouts.isEmpty()) {
            text.append(", then ×").append(String.join(", ×", fanouts.stream().map(String::valueOf).toList()));
        }
        if (bottom != null) {
            text.append("; bottom-coded <").append(Numbers.text(bottom));
        }
        if (top != null) {
            text.append("; top-coded ≥").append(Numbers.text(top));
        }
        return text.toString();
    }

    /** A value as given and the number it holds. */
    private record Parsed(String text, BigDecimal value) {
    }
}
