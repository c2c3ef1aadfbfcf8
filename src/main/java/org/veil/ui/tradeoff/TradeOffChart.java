package org.veil.ui.tradeoff;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.veil.engine.tradeoff.TradeOff;
import org.veil.engine.tradeoff.TradeOffPoint;
import org.veil.ui.charts.Charts;

/**
 * The scatter chart of a trade-off: x the information loss, y the risk in percent; the points that
 * satisfy the models and those that do not in two colours, the Pareto frontier as a line, the
 * selected solution ringed. Knows which point every drawn item is, for tooltips and clicks.
 */
final class TradeOffChart {

    static final int ANONYMOUS = 0;
    static final int NOT_ANONYMOUS = 1;
    static final int FRONTIER = 2;
    static final int SELECTED = 3;

    static final String TITLE = "Re-identification risk against information loss";
    static final Color FRONTIER_COLOUR = new Color(0xe0, 0x7b, 0x00);
    static final Color SELECTED_COLOUR = new Color(0x1a, 0x1a, 0x1a);

    private final TradeOff tradeOff;
    private final JFreeChart chart;
    private final XYSeries selected;
    private final List<List<TradeOffPoint>> items = new ArrayList<>();

    TradeOffChart(TradeOff tradeOff) {
        this.tradeOff = tradeOff;
        XYSeries anonymous = new XYSeries("Satisfies the models", false, true);
        XYSeries notAnonymous = new XYSeries("Does not satisfy the models", false, true);
        XYSeries frontier = new XYSeries("Pareto frontier", false, true);
        selected = new XYSeries("Selected solution", false, true);
        List<TradeOffPoint> anonymousItems = new ArrayList<>();
        List<TradeOffPoint> otherItems = new ArrayList<>();
        for (TradeOffPoint point : tradeOff.points()) {
            if (point.anonymous()) {
                anonymous.add(point.loss(), 100 * point.risk());
                anonymousItems.add(point);
            } else {
                notAnonymous.add(point.loss(), 100 * point.risk());
                otherItems.add(point);
            }
        }
        for (TradeOffPoint point : tradeOff.frontier()) {
            frontier.add(point.loss(), 100 * point.risk());
        }
        items.add(anonymousItems);
        items.add(otherItems);
        items.add(new ArrayList<>(tradeOff.frontier()));
        items.add(new ArrayList<>());
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(anonymous);
        data.addSeries(notAnonymous);
        data.addSeries(frontier);
        data.addSeries(selected);

        chart = ChartFactory.createScatterPlot(TITLE, TradeOffText.lossAxis(tradeOff.metric()),
                TradeOffText.riskAxis(tradeOff.measure(), tradeOff.threshold()), data, PlotOrientation.VERTICAL, true,
                true, false);
        Charts.style(chart);
        XYPlot plot = chart.getXYPlot();
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD); // the frontier and the selection on top
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        Ellipse2D.Double dot = new Ellipse2D.Double(-3.5, -3.5, 7, 7);
        renderer.setSeriesPaint(ANONYMOUS, Charts.OUTPUT);
        renderer.setSeriesShape(ANONYMOUS, dot);
        renderer.setSeriesPaint(NOT_ANONYMOUS, Charts.INPUT);
        renderer.setSeriesShape(NOT_ANONYMOUS, dot);
        renderer.setSeriesPaint(FRONTIER, FRONTIER_COLOUR);
        renderer.setSeriesLinesVisible(FRONTIER, true);
        renderer.setSeriesShapesVisible(FRONTIER, false);
        renderer.setSeriesStroke(FRONTIER, new BasicStroke(2f));
        renderer.setSeriesPaint(SELECTED, SELECTED_COLOUR);
        renderer.setSeriesShape(SELECTED, new Ellipse2D.Double(-7, -7, 14, 14));
        renderer.setSeriesShapesFilled(SELECTED, false);
        renderer.setSeriesOutlineStroke(SELECTED, new BasicStroke(2.5f));
        renderer.setSeriesStroke(SELECTED, new BasicStroke(2.5f));
        renderer.setUseOutlinePaint(false);
        renderer.setDrawOutlines(true);
        renderer.setDefaultToolTipGenerator((dataset, series, item) -> pointAt(series, item)
                .map(point -> TradeOffText.tooltip(tradeOff, point)).orElse(null));
        plot.setRenderer(renderer);
        NumberAxis risk = (NumberAxis) plot.getRangeAxis();
        risk.setAutoRangeIncludesZero(true);
        NumberAxis loss = (NumberAxis) plot.getDomainAxis();
        loss.setAutoRangeIncludesZero(false);
    }

    JFreeChart chart() {
        return chart;
    }

    TradeOff tradeOff() {
        return tradeOff;
    }

    /** The point drawn as an item of a series. */
    Optional<TradeOffPoint> pointAt(int series, int item) {
        if (series < 0 || series >= items.size() || item < 0 || item >= items.get(series).size()) {
            return Optional.empty();
        }
        return Optional.of(items.get(series).get(item));
    }

    /** Rings the selected solution, or nothing if the search did not check it. */
    void select(int node) {
        List<TradeOffPoint> ringed = items.get(SELECTED);
        ringed.clear();
        selected.clear();
        tradeOff.point(node).ifPresent(point -> {
            ringed.add(point);
            selected.add(point.loss(), 100 * point.risk());
        });
    }

    /** The number of items drawn in a series. */
    int itemCount(int series) {
        return items.get(series).size();
    }
}
