package org.veil.engine.tradeoff;

import java.util.List;
import java.util.Optional;

/**
 * Risk against information loss for every transformation the search evaluated, under one risk
 * measure, with the Pareto frontier.
 *
 * @param quasiIdentifiers the quasi-identifiers' names, in the order of every point's levels
 * @param metric           the name of the metric the losses are values of ({@code Metric.name()})
 * @param measure          how the risk was measured
 * @param threshold        the risk threshold, used by {@link RiskMeasure#SHARE_AT_RISK} only
 * @param points           every point, by transformation number
 * @param frontier         the points on the Pareto frontier, by loss ascending (risk descending)
 */
public record TradeOff(List<String> quasiIdentifiers, String metric, RiskMeasure measure, double threshold,
        List<TradeOffPoint> points, List<TradeOffPoint> frontier) {

    public TradeOff {
        quasiIdentifiers = List.copyOf(quasiIdentifiers);
        points = List.copyOf(points);
        frontier = List.copyOf(frontier);
    }

    /** The point of a transformation, if the search evaluated it. */
    public Optional<TradeOffPoint> point(int node) {
        for (TradeOffPoint point : points) {
            if (point.node() == node) {
                return Optional.of(point);
            }
        }
        return Optional.empty();
    }
}
