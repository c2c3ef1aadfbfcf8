package org.veil.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The workbench's charts, made alike: a title, labelled axes with units, a legend where there is more
 * than one series, tooltips on every bar, and the same calm colours in the window and in a saved file.
 */
public final class Charts {

    /** Input first, output second, everywhere. */
    public static final Color INPUT = new Color(0x8a, 0x9b, 0xb0);
    public static final Color OUTPUT = new Color(0x2f, 0x6f, 0xb3);
    public static final Color THRESHOLD = new Color(0xc6, 0x28, 0x28);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private Charts() {
    }

    /** One series of bars: its name and the value of each category, in order. */
    public record Series(String name, Map<String, ? extends Number> values) {
    }

    /**
     * A bar chart of categories, one bar per series side by side (e.g. input and output).
     *
     * @param valueAxis the value axis label with its unit, e.g. {@code Records}
     */
    public static JFreeChart bars(String title, String categoryAxis, String valueAxis, List<Series> series) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Series one : series) {
            one.values().forEach((category, value) -> data.addValue(value, one.name(), category));
        }
        JFreeChart chart = ChartFactory.createBarChart(title, categoryAxis, valueAxis, data,
                PlotOrientation.VERTICAL, series.size() > 1, true, false);
        style(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{0}, {1}: {2}",
                java.text.NumberFormat.getIntegerInstance(java.util.Locale.US)));
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, series.size() > 1 && i == 0 ? INPUT : OUTPUT);
        }
        CategoryAxis categories = plot.getDomainAxis();
        if (data.getColumnCount() > 5) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        categories.setMaximumCategoryLabelWidthRatio(2.5f);
        return chart;
    }

    /** A vertical line across a bar chart at a category (e.g. the risk threshold), labelled. */
    public static void markCategory(JFreeChart chart, int categoryIndex, String label) {
        CategoryPlot plot = chart.getCategoryPlot();
        if (categoryIndex < 0 || categoryIndex >= plot.getDataset().getColumnCount()) {
            return;
        }
        org.jfree.chart.plot.CategoryMarker marker = new org.jfree.chart.plot.CategoryMarker(
                plot.getDataset().getColumnKey(categoryIndex), THRESHOLD, new BasicStroke(2f));
        marker.setDrawAsLine(true);
        marker.setLabel(label);
        marker.setLabelFont(LABEL);
        marker.setLabelPaint(THRESHOLD);
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addDomainMarker(marker);
    }

    /** A horizontal line at a value, labelled. */
    public static void markValue(JFreeChart chart, double value, String label) {
        ValueMarker marker = new ValueMarker(value, THRESHOLD, new BasicStroke(2f));
        marker.setLabel(label);
        marker.setLabelFont(LABEL);
        marker.setLabelPaint(THRESHOLD);
        chart.getCategoryPlot().addRangeMarker(marker);
    }

    /** Fonts and colours every chart shares. */
    public static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(TITLE);
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        if (chart.getPlot() instanceof CategoryPlot plot) {
            plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
            plot.setOutlineVisible(false);
            plot.getDomainAxis().setLabelFont(LABEL);
            plot.getRangeAxis().setLabelFont(LABEL);
        } else if (chart.getPlot() instanceof org.jfree.chart.plot.XYPlot plot) {
            plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
            plot.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
            plot.setOutlineVisible(false);
            plot.getDomainAxis().setLabelFont(LABEL);
            plot.getRangeAxis().setLabelFont(LABEL);
        }
    }
}
