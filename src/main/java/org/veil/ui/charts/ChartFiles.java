package org.veil.ui.charts;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** A chart rendered as a PNG or SVG file's bytes, at a size fit for a report. */
public final class ChartFiles {

    /** The formats a chart can be saved in. */
    public enum Format {
        PNG("PNG image", "png"), SVG("SVG drawing", "svg");

        private final String description;
        private final String extension;

        Format(String description, String extension) {
            this.description = description;
            this.extension = extension;
        }

        public String description() {
            return description;
        }

        public String extension() {
            return extension;
        }
    }

    public static final int WIDTH = 1000;
    public static final int HEIGHT = 620;

    private ChartFiles() {
    }

    public static byte[] render(JFreeChart chart, Format format) throws IOException {
        if (format == Format.PNG) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
            return out.toByteArray();
        }
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(svg, new Rectangle(0, 0, WIDTH, HEIGHT));
        return svg.getSVGDocument().getBytes(StandardCharsets.UTF_8);
    }
}
