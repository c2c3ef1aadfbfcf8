package org.veil.engine.utility;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.veil.engine.data.Column;
import org.veil.engine.data.ColumnType;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.Dictionary;
import org.veil.engine.hierarchy.Hierarchy;

/**
 * Summary statistics of one column.
 *
 * <p>{@code count} is the number of non-missing values, {@code distinct} the number of distinct
 * ones, {@code mode} the most frequent (ties broken by the smaller value: numerically for numeric
 * columns, else by text), {@code null} with {@code modeCount} 0 if every value is missing.
 *
 * <p>{@code numeric} is present for integer and decimal columns with at least one valid value: min,
 * max, mean, median (the mean of the two middle values for an even count) and the sample standard
 * deviation (divisor n − 1; 0 for a single value). Values invalid under the type are left out of it;
 * {@link Numeric#count()} tells how many took part.
 *
 * <p>On a generalized output column ({@link #ofGeneralized}), {@code *} counts as missing, and so
 * does a value that stands for the missing original value alone (its only leaf is empty). A
 * generalized value's numeric stand-in is the midpoint of the range of the original numeric values
 * under it in the hierarchy: (min + max) / 2 over its leaves, a missing (empty) leaf ignored, e.g.
 * {@code 20-29} over leaves 20 … 29 stands for 24.5. If a released value has a leaf that is not a
 * valid number (always so when the input column is not numeric), the column gets no numeric
 * statistics.
 */
public record SummaryStatistics(String column, int count, int missing, int distinct, String mode, int modeCount,
        Optional<Numeric> numeric) {

    /**
     * The numeric part of the statistics.
     *
     * @param count the values that took part: valid numbers (or numeric stand-ins)
     */
    public record Numeric(int count, double min, double max, double mean, double median,
            double standardDeviation) {
    }

    /** A column's statistics before and after anonymization. */
    public record Comparison(String column, SummaryStatistics before, SummaryStatistics after) {
    }

    /** The statistics of a column as it is, e.g. of the input or of a column released unchanged. */
    public static SummaryStatistics of(Column column) {
        ColumnType type = column.type();
        Dictionary dictionary = column.dictionary();
        double[] numbers = new double[dictionary.size()];
        boolean[] isNumber = new boolean[dictionary.size()];
        for (int code = 0; code < numbers.length; code++) {
            Double number = Values.number(type, dictionary.value(code));
            if (number != null) {
                numbers[code] = number;
                isNumber[code] = true;
            }
        }
        boolean[] missing = new boolean[dictionary.size()];
        for (int code = 0; code < missing.length; code++) {
            missing[code] = Values.isMissing(dictionary.value(code));
        }
        return compute(column, missing, Values.isNumeric(type) ? numbers : null, isNumber, Values.order(type));
    }

    /**
     * The statistics of a quasi-identifier released at a level of its hierarchy: {@code *} counts as
     * missing, numeric statistics on interval midpoints (see the class comment).
     *
     * @param originalType the type of the input column, which decides whether the leaves are numbers
     * @throws IllegalArgumentException if a released value is not a label of the hierarchy's level
     */
    public static SummaryStatistics ofGeneralized(Column output, Hierarchy hierarchy, int level,
            ColumnType originalType) {
        if (level < 0 || level > hierarchy.height()) {
            throw new IllegalArgumentException("level " + level + " is outside 0.." + hierarchy.height());
        }
        boolean numericType = Values.isNumeric(originalType);
        // Per label of the level: the range of its numeric leaves, and whether any leaf is not a number.
        Map<String, double[]> ranges = new HashMap<>();
        Map<String, Boolean> nonNumeric = new HashMap<>(); // only labels with a non-missing leaf
        Set<String> labels = new HashSet<>();
        for (int r = 0; r < hierarchy.size(); r++) {
            String[] row = hierarchy.row(r);
            String label = row[level];
            labels.add(label);
            if (Values.isMissing(row[0])) {
                continue;
            }
            nonNumeric.putIfAbsent(label, false);
            Double number = Values.number(originalType, row[0]);
            if (number == null) {
                nonNumeric.put(label, true);
                continue;
            }
            double[] range = ranges.computeIfAbsent(label, l -> new double[] {number, number});
            range[0] = Math.min(range[0], number);
            range[1] = Math.max(range[1], number);
        }
        Dictionary dictionary = output.dictionary();
        boolean[] missing = new boolean[dictionary.size()];
        double[] numbers = new double[dictionary.size()];
        boolean[] isNumber = new boolean[dictionary.size()];
        boolean allNumeric = numericType;
        int[] frequencies = output.frequencies();
        for (int code = 0; code < missing.length; code++) {
            String value = dictionary.value(code);
            if (!Values.isMissing(value) && !Values.SUPPRESSED.equals(value) && !labels.contains(value)) {
                throw new IllegalArgumentException("'" + value + "' is not a value of level " + level
                        + " of the hierarchy of " + output.name());
            }
            Boolean hasNonNumericLeaf = nonNumeric.get(value);
            missing[code] = Values.isMissing(value) || Values.SUPPRESSED.equals(value) || hasNonNumericLeaf == null;
            if (missing[code]) {
                continue;
            }
            double[] range = ranges.get(value);
            if (hasNonNumericLeaf || range == null) {
                if (frequencies[code] > 0) {
                    allNumeric = false;
                }
            } else {
                numbers[code] = (range[0] + range[1]) / 2;
                isNumber[code] = true;
            }
        }
        ColumnType orderType = level == 0 ? originalType : ColumnType.STRING;
        return compute(output, missing, allNumeric ? numbers : null, isNumber, Values.order(orderType));
    }

    /**
     * Every column of the output, in output order, before and after: quasi-identifiers (named in
     * {@code qis}, at their level in {@code levels}, 0 if absent) by {@link #ofGeneralized}, the
     * others by {@link #of}. Columns removed from the output (identifiers) are left out.
     */
    public static List<Comparison> compare(Dataset input, Dataset output, Map<String, Hierarchy> qis,
            Map<String, Integer> levels) {
        List<Comparison> comparisons = new ArrayList<>();
        for (Column after : output.columns()) {
            Column before = input.column(after.name());
            Hierarchy hierarchy = qis.get(after.name());
            SummaryStatistics released = hierarchy == null ? of(after)
                    : ofGeneralized(after, hierarchy, levels.getOrDefault(after.name(), 0), before.type());
            comparisons.add(new Comparison(after.name(), of(before), released));
        }
        return comparisons;
    }

    /**
     * @param numbers the number of each code, or {@code null} for no numeric statistics
     * @param isNumber which codes have a number
     */
    private static SummaryStatistics compute(Column column, boolean[] missing, double[] numbers, boolean[] isNumber,
            Comparator<String> order) {
        Dictionary dictionary = column.dictionary();
        int[] frequencies = column.frequencies();
        int count = 0;
        int distinct = 0;
        int mode = -1;
        for (int code = 0; code < frequencies.length; code++) {
            if (missing[code] || frequencies[code] == 0) {
                continue;
            }
            count += frequencies[code];
            distinct++;
            if (mode < 0 || frequencies[code] > frequencies[mode] || (frequencies[code] == frequencies[mode]
                    && order.compare(dictionary.value(code), dictionary.value(mode)) < 0)) {
                mode = code;
            }
        }
        Optional<Numeric> numeric = numbers == null ? Optional.empty()
                : numeric(frequencies, missing, numbers, isNumber);
        return new SummaryStatistics(column.name(), count, column.rowCount() - count, distinct,
                mode < 0 ? null : dictionary.value(mode), mode < 0 ? 0 : frequencies[mode], numeric);
    }

    /** Numeric statistics over the distinct numbers weighted by their counts. */
    private static Optional<Numeric> numeric(int[] frequencies, boolean[] missing, double[] numbers,
            boolean[] isNumber) {
        List<Integer> codes = new ArrayList<>();
        long n = 0;
        double sum = 0;
        for (int code = 0; code < frequencies.length; code++) {
            if (!missing[code] && isNumber[code] && frequencies[code] > 0) {
                codes.add(code);
                n += frequencies[code];
                sum += frequencies[code] * numbers[code];
            }
        }
        if (n == 0) {
            return Optional.empty();
        }
        double mean = sum / n;
        double squares = 0;
        for (int code : codes) {
            double deviation = numbers[code] - mean;
            squares += frequencies[code] * deviation * deviation;
        }
        double[] sorted = new double[codes.size()];
        long[] counts = new long[codes.size()];
        Integer[] byValue = codes.toArray(new Integer[0]);
        Arrays.sort(byValue, Comparator.comparingDouble(code -> numbers[code]));
        for (int i = 0; i < byValue.length; i++) {
            sorted[i] = numbers[byValue[i]];
            counts[i] = frequencies[byValue[i]];
        }
        // Median: the values at ranks (n − 1) / 2 and n / 2 (0-based), averaged.
        double median = (valueAtRank(sorted, counts, (n - 1) / 2) + valueAtRank(sorted, counts, n / 2)) / 2;
        return Optional.of(new Numeric((int) n, sorted[0], sorted[sorted.length - 1], mean, median,
                n < 2 ? 0 : Math.sqrt(squares / (n - 1))));
    }

    private static double valueAtRank(double[] sorted, long[] counts, long rank) {
        long seen = 0;
        for (int i = 0; i < sorted.length; i++) {
            seen += counts[i];
            if (rank < seen) {
                return sorted[i];
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + seen);
    }
}
