package org.veil.ui.analyze;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.veil.engine.utility.AttributeUtility;
import org.veil.engine.utility.ClassificationUtility;
import org.veil.engine.utility.ContingencyTable;
import org.veil.ui.charts.Charts;

/**
 * The Utility view's charts, built on {@link Charts} so they look like the others: loss per
 * quasi-identifier, a distribution before and after, a contingency table as a heatmap, and the
 * classifier's accuracies.
 */
final class UtilityCharts {

    /** Axis labels longer than this are shortened; tooltips and tables hold the full text. */
    private static final int LABEL_LENGTH = 22;
    private static final Color EMPTY_CELL = new Color(0xf7, 0xf9, 0xfc);
    private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private UtilityCharts() {
    }

    /** Generalization intensity and loss of each quasi-identifier, in percent. */
    static JFreeChart attributes(List<AttributeUtility> utilities) {
        Map<String, Double> intensity = new LinkedHashMap<>();
        Map<String, Double> loss = new LinkedHashMap<>();
        for (var u : utilities) {
            intensity.put(u.attribute(), 100 * u.generalizationIntensity());
            loss.put(u.attribute(), 100 * u.loss());
        }
        JFreeChart chart = Charts.bars("Generalization and information loss per quasi-identifier",
                "Quasi-identifier", "Share (%)", List.of(new Charts.Series("Generalization intensity (level / height)",
                        intensity), new Charts.Series("Loss (mean per cell)", loss)));
        percentAxis(chart);
        return chart;
    }

    /** A column's distribution in the input and the output, in records. */
    static JFreeChart distribution(UtilityRows.DistributionComparison data) {
        List<Charts.Series> series = new ArrayList<>();
        series.add(new Charts.Series("Input", data.input()));
        if (data.output() != null) {
            series.add(new Charts.Series("Selected output", data.output()));
        }
        JFreeChart chart = Charts.bars("Distribution of " + data.column() + ": input and output",
                data.column() + " (most frequent values of each side)", "Records", series);
        chart.getCategoryPlot().getDomainAxis().setTickLabelFont(TICKS);
        chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelLines(2);
        return chart;
    }

    /** The classifier's accuracy on the input and the output next to the majority baseline, in percent. */
    static JFreeChart accuracy(ClassificationUtility result) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("Majority baseline", 100 * result.baselineAccuracy());
        values.put("Input", 100 * result.inputAccuracy());
        values.put("Selected output", 100 * result.outputAccuracy());
        JFreeChart chart = Charts.bars("Accuracy predicting " + result.target() + " (" + result.folds()
                + "-fold cross-validation)", "Trained and tested on", "Accuracy (%)",
                List.of(new Charts.Series("Accuracy", values)));
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setMaximumBarWidth(0.18);
        percentTooltips(chart);
        NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        axis.setUpperMargin(0.15); // from 0 to a little above the best: small differences stay visible
        return chart;
    }

    /** A percent value axis from 0 to 100, with tooltips to one decimal. */
    private static void percentAxis(JFreeChart chart) {
        NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        axis.setRange(0, 100);
        percentTooltips(chart);
    }

    private static void percentTooltips(JFreeChart chart) {
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{0}, {1}: {2} %",
                new DecimalFormat("0.0")));
    }

    /**
     * A contingency table as a heatmap: one block per pair of values, darker for more records, the
     * rows top down in table order, a colour legend in records, and a tooltip naming both values.
     */
    static JFreeChart heatmap(String title, ContingencyTable table) {
        String[] rowLabels = labels(table.rowValues(), table.rowOthers());
        String[] columnLabels = labels(table.columnValues(), table.columnOthers());
        long[][] counts = table.counts();
        int rows = counts.length;
        int columns = rows == 0 ? 0 : counts[0].length;
        double[][] xyz = new double[3][rows * columns];
        long max = 1;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int item = r * columns + c;
                xyz[0][item] = c;
                xyz[1][item] = r;
                xyz[2][item] = counts[r][c];
                max = Math.max(max, counts[r][c]);
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("Records", xyz);

        SymbolAxis x = new SymbolAxis(table.columnColumn(), shortened(columnLabels));
        x.setTickLabelFont(TICKS);
        x.setVerticalTickLabels(columns > 4 || longest(columnLabels) > 10);
        x.setGridBandsVisible(false);
        SymbolAxis y = new SymbolAxis(table.rowColumn(), shortened(rowLabels));
        y.setTickLabelFont(TICKS);
        y.setInverted(true);
        y.setGridBandsVisible(false);

        XYBlockRenderer renderer = new XYBlockRenderer();
        PaintScale scale = new RootPaintScale(max);
        renderer.setPaintScale(scale);
        long total = table.total();
        XYToolTipGenerator tooltips = (dataset, series, item) -> {
            int r = item / Math.max(1, columns);
            int c = item % Math.max(1, columns);
            long n = counts[r][c];
            return String.format("%s = %s, %s = %s: %,d records (%s)", table.rowColumn(), rowLabels[r],
                    table.columnColumn(), columnLabels[c], n, UtilityRows.percent(total == 0 ? 0 : (double) n / total));
        };
        renderer.setDefaultToolTipGenerator(tooltips);

        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        Charts.style(chart);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setBackgroundPaint(EMPTY_CELL);

        NumberAxis legendAxis = new NumberAxis("Records");
        legendAxis.setRange(0, max);
        legendAxis.setTickLabelFont(TICKS);
        legendAxis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
        legend.setStripWidth(14);
        legend.setSubdivisionCount(64);
        legend.setMargin(new RectangleInsets(10, 10, 10, 10));
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(legend);
        return chart;
    }

    /** The labels of a table's values: missing named, the others bucket last. */
    static String[] labels(List<String> values, boolean others) {
        List<String> labels = new ArrayList<>();
        values.forEach(v -> labels.add(UtilityRows.label(v)));
        if (others) {
            labels.add(UtilityRows.OTHERS);
        }
        return labels.toArray(new String[0]);
    }

    private static String[] shortened(String[] labels) {
        String[] shortened = new String[labels.length];
        for (int i = 0; i < labels.length; i++) {
            shortened[i] = labels[i].length() <= LABEL_LENGTH ? labels[i]
                    : labels[i].substring(0, LABEL_LENGTH - 1) + "…";
        }
        return shortened;
    }

    private static int longest(String[] labels) {
        int longest = 0;
        for (String label : labels) {
            longest = Math.max(longest, label.length());
        }
        return longest;
    }

    /**
     * From near-white at 0 to the output colour at the largest count, on a square-root scale, so the
     * smaller cells stay visible beside one dominant cell.
     */
    static final class RootPaintScale implements PaintScale {

        private static final Color LOW = new Color(0xee, 0xf3, 0xf9);
        private final double upper;

        RootPaintScale(double upper) {
            this.upper = Math.max(1, upper);
        }

        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        @Override
        public Paint getPaint(double value) {
            if (value <= 0) {
                return Color.WHITE;
            }
            double t = Math.sqrt(Math.min(1, value / upper));
            Color high = Charts.OUTPUT;
            Color mid = new Color(0x0d, 0x2f, 0x5a);
            // Two legs: light to the output colour, then to a deep blue for the largest counts.
            if (t < 0.7) {
                return mix(LOW, high, t / 0.7);
            }
            return mix(high, mid, (t - 0.7) / 0.3);
        }

        private static Color mix(Color a, Color b, double t) {
            return new Color((int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
                    (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
                    (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
        }
    }
}
