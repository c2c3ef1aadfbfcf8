package org.veil.ui.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** Charts saved for a report: a real PNG, and an SVG drawing that keeps the title as text. */
class ChartFilesTest {

    private final JFreeChart chart = Charts.bars("Records by class size", "Class size", "Records",
            List.of(new Charts.Series("Input", Map.of("1", 10, "2", 4)), new Charts.Series("Output", Map.of("1", 0,
                    "2", 14))));

    @Test
    void rendersAPngImage() throws Exception {
        byte[] png = ChartFiles.render(chart, ChartFiles.Format.PNG);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
    }

    @Test
    void rendersAnSvgDrawingWithTheTitleAsText() throws Exception {
        String svg = new String(ChartFiles.render(chart, ChartFiles.Format.SVG), StandardCharsets.UTF_8);
        assertTrue(svg.startsWith("<svg") || svg.startsWith("<?xml"), svg.substring(0, 40));
        assertTrue(svg.contains("Records by class size"), "the title is searchable text in the drawing");
        assertTrue(svg.contains("width='" + ChartFiles.WIDTH), "drawn at the report size");
    }
}
