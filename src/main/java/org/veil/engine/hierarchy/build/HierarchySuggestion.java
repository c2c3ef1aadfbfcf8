package org.veil.engine.hierarchy.build;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.veil.engine.data.ColumnType;
import org.veil.engine.data.DataType;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.hierarchy.build.DateBuilder.DateUnit;

/**
 * A first hierarchy for a column that just became a quasi-identifier, by its type and values:
 * <ul>
 * <li>whole numbers of more than twenty values, all of five or more digits → masking from the right
 * (ZIP and postcodes, whose leading digits mean a region);
 * <li>numbers → intervals of a round width (1, 2 or 5 × 10ⁿ; at least 1 for integers) giving about
 * ten groups, starting at the multiple of the width at or below the smallest value, then levels
 * joining 2 intervals while a level still has more than three groups;
 * <li>dates → month, year, decade;
 * <li>more than twenty codes of equal length (at least 2) made of digits or letters → masking from the
 * right, padding {@code 0};
 * <li>up to twenty categories → one level to {@code *};
 * <li>otherwise the values in sorted order, grouped level by level so that every group holds at most
 * ten of the level below and the highest level has at most ten groups.
 * </ul>
 * Should a suggestion not fit the values (a number column holding text, a date pattern without a
 * day), the next rule that fits is taken; the last, every value straight to {@code *}, always does.
 */
public final class HierarchySuggestion {

    /** Up to this many distinct values are categories that go straight to the top. */
    static final int FEW_CATEGORIES = 20;
    /** Whole numbers of equal length from this many digits on are codes (ZIP, postcodes), not quantities. */
    static final int CODE_LENGTH = 5;
    /** About this many groups a level. */
    static final int GROUPS = 10;

    private HierarchySuggestion() {
    }

    /**
     * @param type   the column's type
     * @param values the distinct, non-missing values of the column, as text
     * @return a builder whose {@link HierarchyBuilder#build} succeeds on {@code values}; empty only for no values
     */
    public static Optional<HierarchyBuilder> suggest(ColumnType type, List<String> values) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(values.stream().filter(Objects::nonNull).toList()));
        if (distinct.isEmpty()) {
            return Optional.empty();
        }
        List<String> sorted = distinct.stream().sorted().toList();
        List<HierarchyBuilder> candidates = new ArrayList<>();
        if (type.dataType() == DataType.INTEGER && distinct.size() > FEW_CATEGORIES && areCodes(distinct)
                && distinct.get(0).length() >= CODE_LENGTH) {
            candidates.add(new MaskingBuilder(true, '0')); // ZIP-like codes: their prefixes mean places
        }
        if (type.dataType() == DataType.INTEGER || type.dataType() == DataType.DECIMAL) {
            intervals(distinct, type.dataType() == DataType.INTEGER).ifPresent(candidates::add);
        } else if (type.dataType() == DataType.DATE) {
            dates(type.pattern()).ifPresent(candidates::add);
        }
        if (distinct.size() > FEW_CATEGORIES && areCodes(distinct)) {
            candidates.add(new MaskingBuilder(true, '0'));
        }
        if (distinct.size() > FEW_CATEGORIES) {
            candidates.add(new OrderBuilder(sorted, groupSizes(sorted.size())));
        }
        HierarchyBuilder straightToTop = new OrderBuilder(sorted, List.of());
        return Optional.of(candidates.stream().filter(candidate -> builds(candidate, distinct)).findFirst()
                .orElse(straightToTop));
    }

    private static boolean builds(HierarchyBuilder builder, List<String> values) {
        try {
            builder.build(values);
            return true;
        } catch (HierarchyException e) {
            return false;
        }
    }

    /** Intervals over the values' range, or empty if a value is not a number or the range is out of reach. */
    static Optional<HierarchyBuilder> intervals(List<String> values, boolean integers) {
        BigDecimal min = null;
        BigDecimal max = null;
        for (String value : values) {
            BigDecimal number = Numbers.parse(value);
            if (number == null) {
                return Optional.empty();
            }
            min = min == null || number.compareTo(min) < 0 ? number : min;
            max = max == null || number.compareTo(max) > 0 ? number : max;
        }
        BigDecimal width = roundWidth(max.subtract(min).movePointLeft(1));
        if (integers && width.compareTo(BigDecimal.ONE) < 0) {
            width = BigDecimal.ONE;
        }
        BigDecimal index = min.divide(width, 0, RoundingMode.FLOOR);
        BigDecimal origin = index.multiply(width);
        long intervals = max.subtract(origin).divide(width, 0, RoundingMode.FLOOR).longValueExact() + 1;
        List<Integer> fanouts = new ArrayList<>();
        for (long groups = intervals; groups > 3; groups = (groups + 1) / 2) {
            fanouts.add(2);
        }
        try {
            return Optional.of(new IntervalBuilder(origin.doubleValue(), width.doubleValue(), fanouts, null, null));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a width or start beyond what a double holds
        }
    }

    /** The smallest of 1, 2 or 5 × 10ⁿ at or above {@code least}; 1 if that is not above 0. */
    static BigDecimal roundWidth(BigDecimal least) {
        if (least.signum() <= 0) {
            return BigDecimal.ONE;
        }
        int exponent = least.precision() - least.scale() - 1;
        for (int mantissa : new int[] {1, 2, 5, 10}) {
            BigDecimal width = BigDecimal.valueOf(mantissa).scaleByPowerOfTen(exponent);
            if (width.compareTo(least) >= 0) {
                return width.stripTrailingZeros();
            }
        }
        throw new AssertionError("10 × 10ⁿ is above any number whose leading digit is at 10ⁿ");
    }

    private static Optional<HierarchyBuilder> dates(String pattern) {
        try {
            return Optional.of(new DateBuilder(pattern, List.of(DateUnit.MONTH, DateUnit.YEAR, DateUnit.DECADE)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty(); // a pattern without a whole date
        }
    }

    /** Whether all values have the same length, at least 2, and are made of letters and digits only. */
    static boolean areCodes(List<String> values) {
        int length = values.get(0).codePointCount(0, values.get(0).length());
        if (length < 2) {
            return false;
        }
        for (String value : values) {
            if (value.codePointCount(0, value.length()) != length || !value.codePoints().allMatch(
                    Character::isLetterOrDigit)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Group sizes for {@code count} ordered values: each level joins at most ten of the level below, as
     * few as keep the highest level at about ten groups, e.g. 25 values → [3] (9 groups), 150 → [10, 2].
     */
    static List<Integer> groupSizes(int count) {
        List<Integer> sizes = new ArrayList<>();
        for (long groups = count; groups > GROUPS; ) {
            int size = (int) Math.max(2, Math.min(GROUPS, (groups + GROUPS - 1) / GROUPS));
            sizes.add(size);
            groups = (groups + size - 1) / size;
        }
        return sizes;
    }
}
