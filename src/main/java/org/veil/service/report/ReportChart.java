package org.veil.service.report;

import java.util.Objects;

/**
 * A chart for a report, already rendered: the service lays out the image and needs no chart library.
 *
 * @param png the PNG file's bytes
 */
public record ReportChart(String title, byte[] png) {

    public ReportChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(png, "png");
    }
}
