package org.veil.ui.analyze;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.veil.engine.utility.AttributeUtility;
import org.veil.engine.utility.Distribution;
import org.veil.engine.utility.SummaryStatistics;

/**
 * The Utility view's figures as text and chart series: the per-attribute rows, the summary statistics
 * before and after as rows, and two distributions merged onto common categories. Pure functions,
 * tested without the toolkit.
 */
final class UtilityRows {

    /** The label of missing values in charts and tables. */
    static final String MISSING = "(missing)";
    /** The label of the bucket gathering the values beyond the top ones. */
    static final String OTHERS = "(others)";

    private UtilityRows() {
    }

    /** One quasi-identifier in the attribute table, every figure formatted. */
    record AttributeRow(String attribute, String level, String intensity, String distinct,
            String missingOrSuppressed, String entropy, String loss, String explanation) {
    }

    /** One statistic of one released column before and after; {@code column} is empty but on a column's first row. */
    record StatisticRow(String column, String statistic, String input, String output) {
    }

    /**
     * A column's distribution in the input and the selected output on common categories: the top
     * values of each, then {@link #OTHERS} for the rest of each side. Counts are exact: a category
     * among the top values of one side shows its true count on the other, so each side adds up to the
     * number of records.
     *
     * @param output {@code null} without a selected output
     */
    record DistributionComparison(String column, Map<String, Long> input, Map<String, Long> output,
            int inputDistinct, int outputDistinct, long records) {
    }

    static List<AttributeRow> attributes(List<AttributeUtility> utilities) {
        List<AttributeRow> rows = new ArrayList<>();
        for (AttributeUtility u : utilities) {
            rows.add(new AttributeRow(u.attribute(), u.level() + " / " + u.height(),
                    percent(u.generalizationIntensity()),
                    String.format("%,d → %,d", u.distinctBefore(), u.distinctAfter()),
                    percent(u.missingOrSuppressedShare()),
                    String.format("%,.0f", u.nonUniformEntropyWithSuppression()),
                    percent(u.loss()),
                    String.format("Level %d of %d of the hierarchy; %s of the distinct values merged with another;"
                            + " %,d cells suppressed, %,d released missing; non-uniform entropy %,.0f bits"
                            + " (%,.0f without suppression)", u.level(), u.height(), percent(u.mergedValueShare()),
                            u.suppressedCells(), u.missingCells(), u.nonUniformEntropyWithSuppression(),
                            u.nonUniformEntropy())));
        }
        return rows;
    }

    /** The statistics of every released column, a row per statistic; numeric ones only for numbers. */
    static List<StatisticRow> statistics(List<SummaryStatistics.Comparison> comparisons) {
        List<StatisticRow> rows = new ArrayList<>();
        for (SummaryStatistics.Comparison c : comparisons) {
            SummaryStatistics in = c.before();
            SummaryStatistics out = c.after();
            List<StatisticRow> column = new ArrayList<>();
            column.add(row("Count", in, out, s -> String.format("%,d", s.count())));
            column.add(row("Missing or suppressed", in, out, s -> String.format("%,d", s.missing())));
            column.add(row("Distinct", in, out, s -> String.format("%,d", s.distinct())));
            column.add(row("Mode", in, out, s -> s.mode() == null ? "—"
                    : String.format("%s (%,d)", s.mode(), s.modeCount())));
            if (in.numeric().isPresent() || out.numeric().isPresent()) {
                column.add(numeric("Min", in, out, SummaryStatistics.Numeric::min));
                column.add(numeric("Max", in, out, SummaryStatistics.Numeric::max));
                column.add(numeric("Mean", in, out, SummaryStatistics.Numeric::mean));
                column.add(numeric("Median", in, out, SummaryStatistics.Numeric::median));
                column.add(numeric("Standard deviation", in, out, SummaryStatistics.Numeric::standardDeviation));
            }
            for (int i = 0; i < column.size(); i++) {
                StatisticRow r = column.get(i);
                rows.add(new StatisticRow(i == 0 ? c.column() : "", r.statistic(), r.input(), r.output()));
            }
        }
        return rows;
    }

    private static StatisticRow row(String name, SummaryStatistics in, SummaryStatistics out,
            Function<SummaryStatistics, String> value) {
        return new StatisticRow("", name, value.apply(in), value.apply(out));
    }

    private static StatisticRow numeric(String name, SummaryStatistics in, SummaryStatistics out,
            Function<SummaryStatistics.Numeric, Double> value) {
        return new StatisticRow("", name, number(in.numeric(), value), number(out.numeric(), value));
    }

    private static String number(Optional<SummaryStatistics.Numeric> numeric,
            Function<SummaryStatistics.Numeric, Double> value) {
        return numeric.map(n -> number(value.apply(n))).orElse("—");
    }

    /** A number as a person reads it: whole numbers without decimals, others with two. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "—";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format("%,d", (long) value);
        }
        return String.format("%,.2f", value);
    }

    static String percent(double share) {
        return String.format("%.1f %%", 100 * share);
    }

    /** A value's label: {@link #MISSING} for missing. */
    static String label(String value) {
        return value == null || value.isEmpty() ? MISSING : value;
    }

    /**
     * Merges two full distributions (all values listed) onto common categories: the {@code top} most
     * frequent values of the input, then those of the output not among them, then {@link #OTHERS}.
     *
     * @param output {@code null} without an output
     */
    static DistributionComparison compare(String column, Distribution input, Distribution output, int top) {
        Set<String> categories = new LinkedHashSet<>();
        input.entries().stream().limit(top).forEach(e -> categories.add(label(e.value())));
        if (output != null) {
            output.entries().stream().limit(top).forEach(e -> categories.add(label(e.value())));
        }
        return aligned(new DistributionComparison(column, counts(input, categories),
                output == null ? null : counts(output, categories), distinct(input),
                output == null ? 0 : distinct(output), input.total()));
    }

    private static Map<String, Long> counts(Distribution distribution, Set<String> categories) {
        Map<String, Long> all = new LinkedHashMap<>();
        for (Distribution.Entry entry : distribution.entries()) {
            all.merge(label(entry.value()), entry.count(), Long::sum);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        long shown = 0;
        for (String category : categories) {
            long count = all.getOrDefault(category, 0L);
            counts.put(category, count);
            shown += count;
        }
        long others = distribution.total() - shown;
        if (others > 0) {
            counts.put(OTHERS, others);
        }
        return counts;
    }

    private static int distinct(Distribution distribution) {
        return distribution.entries().size() + distribution.othersDistinct();
    }

    /** Both sides on the same categories (an others bucket on one side only gets 0 on the other). */
    private static DistributionComparison aligned(DistributionComparison c) {
        if (c.output() == null) {
            return c;
        }
        Map<String, Long> in = new LinkedHashMap<>(c.input());
        Map<String, Long> out = new LinkedHashMap<>(c.output());
        if (in.containsKey(OTHERS) || out.containsKey(OTHERS)) {
            in.putIfAbsent(OTHERS, 0L);
            out.putIfAbsent(OTHERS, 0L);
        }
        return new DistributionComparison(c.column(), in, out, c.inputDistinct(), c.outputDistinct(), c.records());
    }
}
