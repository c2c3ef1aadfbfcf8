package org.veil.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Line2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
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

    /**
     * Bars lying down, the categories down the left side: for categories with long names (e.g.
     * combinations of attributes), which read across instead of slanting under the chart. The first
     * category is at the top; a name too long for its share of the width goes on two lines.
     *
     * @param valueAxis the value axis label, read along the bottom
     */
    public static JFreeChart horizontalBars(String title, String categoryAxis, String valueAxis, List<Series> series) {
        JFreeChart chart = bars(title, categoryAxis, valueAxis, series);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT); // the values along the bottom, as they are read
        // Room on the right for the last tick's label (e.g. "100 %"), which is centred on the plot's edge.
        plot.setInsets(new RectangleInsets(4, 4, 4, 16));
        CategoryAxis categories = plot.getDomainAxis();
        categories.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        // The names take up to 40 % of the plot's width, on at most two lines, before they are shortened.
        categories.setMaximumCategoryLabelWidthRatio(0.4f);
        categories.setMaximumCategoryLabelLines(2);
        categories.setCategoryMargin(0.25);
        return chart;
    }

    /**
     * A value axis of percentages from 0 to 100, its ticks and the bars' tooltips written as the
     * workbench writes shares ({@code 50 %}, {@code 99.2 %}).
     */
    public static void percentValues(JFreeChart chart) {
        CategoryPlot plot = chart.getCategoryPlot();
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setRange(0, 100);
        values.setNumberFormatOverride(new DecimalFormat("0' %'", DecimalFormatSymbols.getInstance()));
        plot.getRenderer().setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{0}, {1}: {2}",
                new DecimalFormat("0.0' %'", DecimalFormatSymbols.getInstance())));
    }

    /**
     * A line across a bar chart where a threshold falls among its categories (see
     * {@link CategoryBoundaryLine} for the position), named in the legend, e.g. "threshold 20 %". The
     * name goes in the legend rather than beside the line so that it never covers a bar, however tall.
     */
    public static void markThreshold(JFreeChart chart, double position, String label) {
        CategoryPlot plot = chart.getCategoryPlot();
        plot.addAnnotation(new CategoryBoundaryLine(position, THRESHOLD, 2f));
        LegendItemCollection items = new LegendItemCollection();
        items.addAll(plot.getLegendItems());
        LegendItem line = new LegendItem(label, null, label, null, new Line2D.Double(-7, 0, 7, 0),
                new BasicStroke(2f), THRESHOLD);
        line.setLabelPaint(THRESHOLD);
        items.add(line);
        plot.setFixedLegendItems(items);
        if (chart.getLegend() == null) { // a single series has no legend of its own
            LegendTitle legend = new LegendTitle(plot);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setItemFont(LABEL);
            chart.addSubtitle(legend);
        }
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
