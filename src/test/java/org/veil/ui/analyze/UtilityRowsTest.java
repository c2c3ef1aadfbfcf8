package org.veil.ui.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.junit.jupiter.api.Test;
import org.veil.engine.data.Column;
import org.veil.engine.data.ColumnType;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.Dictionary;
import org.veil.engine.utility.ClassificationUtility;
import org.veil.engine.utility.ContingencyTable;
import org.veil.engine.utility.Distribution;

/** The Utility view's figures and charts, without the toolkit. */
class UtilityRowsTest {

    // a ×3, b ×2, c ×2, missing ×2, d ×1
    private static final Column INPUT = new Column("letter", ColumnType.STRING,
            Dictionary.of("c", "a", null, "b", "d", ""), new int[] {0, 1, 1, 2, 3, 0, 1, 4, 3, 5});
    // a-b ×5, c-d ×3, * ×2
    private static final Column OUTPUT = new Column("letter", ColumnType.STRING,
            Dictionary.of("c-d", "a-b", "*"), new int[] {0, 1, 1, 2, 1, 0, 1, 0, 1, 2});

    @Test
    void mergesTwoDistributionsOntoCommonCategoriesWithExactCounts() {
        UtilityRows.DistributionComparison c = UtilityRows.compare("letter", Distribution.of(INPUT, Integer.MAX_VALUE),
                Distribution.of(OUTPUT, Integer.MAX_VALUE), 2);

        Map<String, Long> input = new LinkedHashMap<>();
        input.put("a", 3L);
        input.put("b", 2L);
        input.put("a-b", 0L);
        input.put("c-d", 0L);
        input.put(UtilityRows.OTHERS, 5L);
        Map<String, Long> output = new LinkedHashMap<>();
        output.put("a", 0L);
        output.put("b", 0L);
        output.put("a-b", 5L);
        output.put("c-d", 3L);
        output.put(UtilityRows.OTHERS, 2L);
        assertEquals(input, c.input());
        assertEquals(output, c.output());
        assertEquals(5, c.inputDistinct(), "a, b, c, d and missing");
        assertEquals(3, c.outputDistinct());
        assertEquals(10, c.records());
    }

    @Test
    void namesMissingValuesAndLeavesOutAnEmptyOthersBucket() {
        UtilityRows.DistributionComparison c = UtilityRows.compare("letter", Distribution.of(INPUT, Integer.MAX_VALUE),
                null, 10);

        assertEquals(List.of("a", "b", "c", UtilityRows.MISSING, "d"), List.copyOf(c.input().keySet()));
        assertEquals(2L, c.input().get(UtilityRows.MISSING));
        assertNull(c.output());
    }

    @Test
    void numbersReadAsPeopleWriteThem() {
        assertEquals("10,001", UtilityRows.number(10_001));
        assertEquals("10,739.72", UtilityRows.number(10_739.7234));
        assertEquals("—", UtilityRows.number(Double.NaN));
        assertEquals("12.5 %", UtilityRows.percent(0.125));
    }

    @Test
    void theVerdictNeverClaimsMoreThanAllOfTheGain() {
        ClassificationUtility better = new ClassificationUtility("d", List.of("q"), 5, 1, 100, 0.071, 0.122, 0.067);
        assertEquals("all", UtilityViewModel.kept(better));
        assertEquals("The output predicts at least as well as the input.", UtilityViewModel.verdict(better));
        ClassificationUtility half = new ClassificationUtility("d", List.of("q"), 5, 1, 100, 0.8, 0.6, 0.4);
        assertEquals("50.0 %", UtilityViewModel.kept(half));
        ClassificationUtility useless = new ClassificationUtility("d", List.of("q"), 5, 1, 100, 0.8, 0.3, 0.4);
        assertEquals("0.0 %", UtilityViewModel.kept(useless));
        assertTrue(UtilityViewModel.verdict(useless).startsWith("The output does no better than the baseline"));
    }

    @Test
    void aHeatmapHasABlockPerCellNamedAxesALegendAndTooltipsNamingBothValues() {
        Column sex = new Column("sex", ColumnType.STRING, Dictionary.of("f", "m"), new int[] {0, 0, 1, 0, 1, 0, 0, 1,
                0, 0});
        ContingencyTable table = ContingencyTable.of(new Dataset(List.of(INPUT, sex)), "letter", "sex", 3);

        JFreeChart chart = UtilityCharts.heatmap("Input: records by letter and sex", table);

        XYPlot plot = chart.getXYPlot();
        assertEquals(4 * 2, plot.getDataset().getItemCount(0), "3 letters and the others, by 2 sexes");
        SymbolAxis rows = (SymbolAxis) plot.getRangeAxis();
        assertEquals("letter", rows.getLabel());
        assertEquals(List.of("a", "b", "c", UtilityRows.OTHERS), List.of(rows.getSymbols()));
        assertEquals("sex", plot.getDomainAxis().getLabel());
        assertTrue(chart.getSubtitles().stream().anyMatch(PaintScaleLegend.class::isInstance));
        XYBlockRenderer renderer = (XYBlockRenderer) plot.getRenderer();
        assertEquals("letter = a, sex = f: 2 records (20.0 %)",
                renderer.getDefaultToolTipGenerator().generateToolTip(plot.getDataset(), 0, 0));
        assertTrue(renderer.getPaintScale().getPaint(table.count(0, 0)) != renderer.getPaintScale().getPaint(0));
    }
}
