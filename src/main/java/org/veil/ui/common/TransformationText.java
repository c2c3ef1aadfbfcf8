package org.veil.ui.common;

import java.util.List;
import java.util.Map;
import org.veil.engine.metric.Metric;

/** How transformations, metric values, shares and record counts are written everywhere in the workbench. */
public final class TransformationText {

    private TransformationText() {
    }

    /** The levels as {@code zip=2 · sex=0}, in configuration order. */
    public static String levels(List<String> names, int[] levels) {
        StringBuilder text = new StringBuilder();
        for (int d = 0; d < levels.length; d++) {
            if (d > 0) {
                text.append(" · ");
            }
            text.append(names.get(d)).append('=').append(levels[d]);
        }
        return text.toString();
    }

    public static String levels(Map<String, Integer> levels) {
        return levels(List.copyOf(levels.keySet()), levels.values().stream().mapToInt(Integer::intValue).toArray());
    }

    /** A metric value: whole numbers with separators, others with four decimals; NaN is "not computed". */
    public static String metricValue(double value) {
        if (Double.isNaN(value)) {
            return "not computed";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format("%,.0f", value);
        }
        return Math.abs(value) >= 1000 ? String.format("%,.1f", value) : String.format("%.4f", value);
    }

    /** A metric's name for a column header or a label, e.g. "Loss". */
    public static String metricTitle(Metric metric) {
        return metricTitle(metric.name());
    }

    /** A metric's name, by its command-line name, for a column header or a label, e.g. "Loss". */
    public static String metricTitle(String name) {
        return switch (name) {
            case "loss" -> "Loss";
            case "entropy" -> "Entropy";
            case "entropy-nm" -> "Entropy (monotone)";
            case "discernibility" -> "Discernibility";
            case "aecs" -> "Avg. class size";
            case "precision" -> "Precision";
            case "height" -> "Height metric";
            default -> name;
        };
    }

    /** A share as a short percentage, e.g. {@code 20 %} or {@code 12.5 %}: for thresholds. */
    public static String shortPercent(double share) {
        double percent = 100 * share;
        return percent == Math.rint(percent) ? String.format("%.0f %%", percent) : String.format("%.1f %%", percent);
    }

    /** Records and their share, e.g. {@code 17 records (0.09 %)}; negative is "not computed". */
    public static String records(int count, int total) {
        if (count < 0) {
            return "not computed";
        }
        String noun = count == 1 ? "record" : "records";
        if (total <= 0) {
            return String.format("%,d %s", count, noun);
        }
        double percent = 100.0 * count / total;
        String share = percent == 0 || percent >= 1 ? String.format("%.1f", percent) : String.format("%.2f", percent);
        return String.format("%,d %s (%s %%)", count, noun, share);
    }
}
