package org.veil.ui.tradeoff;

import java.util.List;
import org.veil.engine.tradeoff.RiskMeasure;
import org.veil.engine.tradeoff.TradeOff;
import org.veil.engine.tradeoff.TradeOffPoint;
import org.veil.ui.common.TransformationText;

/** How the trade-off's numbers and names are written in the chart, the table and the tooltips. */
final class TradeOffText {

    private TradeOffText() {
    }

    /** A risk share as a percentage, e.g. {@code 42.86 %}. */
    static String percent(double share) {
        return String.format("%.2f %%", 100 * share);
    }

    /** What the risk axis shows, with its unit. */
    static String riskAxis(RiskMeasure measure, double threshold) {
        return switch (measure) {
            case AVERAGE -> "Average re-identification risk (%)";
            case HIGHEST -> "Highest re-identification risk (%)";
            case SHARE_AT_RISK -> "Records at risk above " + TransformationText.shortPercent(threshold) + " (% of all records)";
        };
    }

    /** What the loss axis shows: the metric the search minimised. */
    static String lossAxis(String metric) {
        return "Information loss: " + TransformationText.metricTitle(metric);
    }

    /** A point's tooltip: its transformation, risk, loss and verdict. */
    static String tooltip(TradeOff tradeOff, TradeOffPoint point) {
        return TransformationText.levels(tradeOff.quasiIdentifiers(), point.levels())
                + "\n" + tradeOff.measure().title() + ": " + percent(point.risk())
                + "\n" + TransformationText.metricTitle(tradeOff.metric()) + ": " + TransformationText.metricValue(point.loss())
                + "\n" + (point.anonymous() ? "Satisfies the privacy models" : "Does not satisfy the privacy models")
                + (point.suppressedRecords() > 0 ? String.format("%n%,d records suppressed", point.suppressedRecords())
                        : "")
                + (point.onFrontier() ? "\nOn the Pareto frontier" : "")
                + (point.checked() ? "" : "\nNot checked by the search (evaluated for this chart)");
    }
}
