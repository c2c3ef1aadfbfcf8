package org.veil.ui.tradeoff;

import java.util.List;
import org.veil.engine.tradeoff.RiskMeasure;
import org.veil.engine.tradeoff.TradeOff;
import org.veil.engine.tradeoff.TradeOffPoint;

/** How the trade-off's numbers and names are written in the chart, the table and the tooltips. */
final class TradeOffText {

    private TradeOffText() {
    }

    /** The levels as {@code age=1 · zip=2}, in configuration order. */
    static String levels(List<String> names, int[] levels) {
        StringBuilder text = new StringBuilder();
        for (int d = 0; d < levels.length; d++) {
            if (d > 0) {
                text.append(" · ");
            }
            text.append(names.get(d)).append('=').append(levels[d]);
        }
        return text.toString();
    }

    /** A risk share as a percentage, e.g. {@code 42.86 %}. */
    static String percent(double share) {
        return String.format("%.2f %%", 100 * share);
    }

    /** A threshold share as a short percentage, e.g. {@code 20 %} or {@code 12.5 %}. */
    static String threshold(double share) {
        double percent = 100 * share;
        return (percent == Math.rint(percent) ? String.format("%.0f", percent)
                : String.format("%s", Double.toString(Math.round(percent * 1000) / 1000.0))) + " %";
    }

    /** A metric value: whole numbers with separators, others with four decimals. */
    static String loss(double value) {
        if (Double.isNaN(value)) {
            return "not computed";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format("%,.0f", value);
        }
        return Math.abs(value) >= 1000 ? String.format("%,.1f", value) : String.format("%.4f", value);
    }

    /** A metric's name for an axis or a column, e.g. "Loss". */
    static String metricTitle(String metric) {
        return switch (metric) {
            case "loss" -> "Loss";
            case "entropy" -> "Entropy";
            case "entropy-nm" -> "Entropy (monotone)";
            case "discernibility" -> "Discernibility";
            case "aecs" -> "Avg. class size";
            case "precision" -> "Precision";
            case "height" -> "Height metric";
            default -> metric;
        };
    }

    /** What the risk axis shows, with its unit. */
    static String riskAxis(RiskMeasure measure, double threshold) {
        return switch (measure) {
            case AVERAGE -> "Average re-identification risk (%)";
            case HIGHEST -> "Highest re-identification risk (%)";
            case SHARE_AT_RISK -> "Records at risk above " + threshold(threshold) + " (% of all records)";
        };
    }

    /** What the loss axis shows: the metric the search minimised. */
    static String lossAxis(String metric) {
        return "Information loss: " + metricTitle(metric);
    }

    /** A point's tooltip: its transformation, risk, loss and verdict. */
    static String tooltip(TradeOff tradeOff, TradeOffPoint point) {
        return levels(tradeOff.quasiIdentifiers(), point.levels())
                + "\n" + tradeOff.measure().title() + ": " + percent(point.risk())
                + "\n" + metricTitle(tradeOff.metric()) + ": " + loss(point.loss())
                + "\n" + (point.anonymous() ? "Satisfies the privacy models" : "Does not satisfy the privacy models")
                + (point.suppressedRecords() > 0 ? String.format("%n%,d records suppressed", point.suppressedRecords())
                        : "")
                + (point.onFrontier() ? "\nOn the Pareto frontier" : "")
                + (point.checked() ? "" : "\nNot checked by the search (evaluated for this chart)");
    }
}
