package org.veil.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

/** The charts' building blocks: bars lying down for long names, and a threshold line between categories. */
class ChartsTest {

    private static final List<String> BUCKETS = List.of("≤ 1 %", "1–5 %", "5–10 %", "10–20 %", "20–33 %", "33–50 %",
            "50–99 %", "100 %");

    @Test
    void aThresholdOnABucketBoundaryIsDrawnBetweenTheTwoBucketsBars() {
        JFreeChart chart = riskChart();
        Charts.markThreshold(chart, 4.0, "threshold 20 %");
        CategoryPlot plot = chart.getCategoryPlot();
        CategoryBoundaryLine line = (CategoryBoundaryLine) plot.getAnnotations().get(0);
        assertEquals(4.0, line.position());

        Drawn drawn = draw(chart, 500, 320);
        CategoryAxis axis = plot.getDomainAxis();
        double x = line.coordinate(axis, BUCKETS.size(), drawn.dataArea(), RectangleEdge.BOTTOM);
        double endOf1020 = axis.getCategoryEnd(3, BUCKETS.size(), drawn.dataArea(), RectangleEdge.BOTTOM);
        double startOf2033 = axis.getCategoryStart(4, BUCKETS.size(), drawn.dataArea(), RectangleEdge.BOTTOM);
        assertTrue(endOf1020 < x && x < startOf2033,
                "between the 10–20 % bars (ending at " + endOf1020 + ") and the 20–33 % ones (from " + startOf2033
                        + "), not through a bar: " + x);
        double middle = (endOf1020 + startOf2033) / 2;
        assertEquals(middle, x, 0.01, "half-way across the gap");
        assertTrue(redNear(drawn.image(), x, drawn.dataArea().getCenterY()), "the line is drawn there");
        assertTrue(!redNear(drawn.image(), axis.getCategoryMiddle(3, BUCKETS.size(), drawn.dataArea(),
                RectangleEdge.BOTTOM), drawn.dataArea().getCenterY()), "and not through the 10–20 % bucket");
    }

    @Test
    void aThresholdInsideABucketIsPlacedInProportionAcrossIt() {
        JFreeChart chart = riskChart();
        Charts.markThreshold(chart, 3.5, "threshold 15 %");
        Drawn drawn = draw(chart, 500, 320);
        CategoryPlot plot = chart.getCategoryPlot();
        CategoryBoundaryLine line = (CategoryBoundaryLine) plot.getAnnotations().get(0);
        double x = line.coordinate(plot.getDomainAxis(), BUCKETS.size(), drawn.dataArea(), RectangleEdge.BOTTOM);
        assertEquals(plot.getDomainAxis().getCategoryMiddle(3, BUCKETS.size(), drawn.dataArea(), RectangleEdge.BOTTOM),
                x, 0.01);
    }

    @Test
    void theThresholdIsNamedInTheLegendWhereItCannotCoverABar() {
        JFreeChart chart = riskChart();
        Charts.markThreshold(chart, 4.0, "threshold 20 %");
        CategoryPlot plot = chart.getCategoryPlot();
        List<String> legend = new ArrayList<>();
        for (int i = 0; i < plot.getLegendItems().getItemCount(); i++) {
            legend.add(plot.getLegendItems().get(i).getLabel());
        }
        assertEquals(List.of("Input", "Selected output", "threshold 20 %"), legend);
        assertTrue(plot.getDomainMarkers(Layer.FOREGROUND) == null || plot.getDomainMarkers(Layer.FOREGROUND).isEmpty(),
                "no labelled marker inside the plot");

        JFreeChart single = Charts.bars("Records by prosecutor risk", "Risk", "Records",
                List.of(new Charts.Series("Input", values(1))));
        Charts.markThreshold(single, 4.0, "threshold 20 %");
        assertTrue(single.getLegend() != null, "a chart of the input alone gets a legend for the line");
        assertEquals("threshold 20 %", single.getCategoryPlot().getLegendItems().get(1).getLabel());
    }

    @Test
    void longCategoryNamesGetBarsLyingDownWithTheNamesReadingAcross() {
        Map<String, Double> input = new LinkedHashMap<>();
        input.put("zip + birth_date", 99.2);
        input.put("birth_date + ethnicity", 77.7);
        input.put("a_rather_long_attribute_name + another_rather_long_attribute_name", 12.0);
        JFreeChart chart = Charts.horizontalBars("Records that combinations of quasi-identifiers single out",
                "Quasi-identifiers", "Records unique on the combination",
                List.of(new Charts.Series("Input", input), new Charts.Series("Selected output", Map.of())));
        Charts.percentValues(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        assertEquals(PlotOrientation.HORIZONTAL, plot.getOrientation());
        assertEquals(RectangleEdge.LEFT, plot.getDomainAxisEdge(), "the names down the left side");
        assertEquals(RectangleEdge.BOTTOM, plot.getRangeAxisEdge(), "the values along the bottom");
        assertEquals(CategoryLabelPositions.STANDARD, plot.getDomainAxis().getCategoryLabelPositions(), "not slanted");
        assertEquals(2, plot.getDomainAxis().getMaximumCategoryLabelLines(), "a long name wraps");
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        assertEquals(100.0, values.getUpperBound());
        assertEquals("50 %", values.getNumberFormatOverride().format(50));
        draw(chart, 600, 300); // and it draws
    }

    private static JFreeChart riskChart() {
        return Charts.bars("Records by prosecutor risk", "Risk (1 / class size)", "Records",
                List.of(new Charts.Series("Input", values(1)), new Charts.Series("Selected output", values(2))));
    }

    private static Map<String, Integer> values(int factor) {
        Map<String, Integer> values = new LinkedHashMap<>();
        for (int i = 0; i < BUCKETS.size(); i++) {
            values.put(BUCKETS.get(i), factor * 1000 * (i + 1));
        }
        return values;
    }

    private record Drawn(BufferedImage image, Rectangle2D dataArea) {
    }

    private static Drawn draw(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ChartRenderingInfo info = new ChartRenderingInfo();
        Graphics2D g2 = image.createGraphics();
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height), info);
        g2.dispose();
        return new Drawn(image, info.getPlotInfo().getDataArea());
    }

    /** Whether the threshold's red is at {@code x} (give or take a pixel) at height {@code y}. */
    private static boolean redNear(BufferedImage image, double x, double y) {
        for (int dx = -1; dx <= 1; dx++) {
            Color pixel = new Color(image.getRGB((int) Math.round(x) + dx, (int) Math.round(y)));
            if (pixel.equals(Charts.THRESHOLD)) {
                return true;
            }
        }
        return false;
    }
}
