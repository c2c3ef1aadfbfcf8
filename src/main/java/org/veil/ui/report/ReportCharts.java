package org.veil.ui.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.veil.service.report.ProjectReport;
import org.veil.service.report.ReportChart;
import org.veil.ui.charts.ChartFiles;
import org.veil.ui.charts.Charts;

/**
 * The report's charts, drawn from the report's own figures with the workbench's chart style and
 * rendered to PNG (AWT, so any thread will do): records by class size of input and output, and the
 * generalization and loss of every quasi-identifier. Charts without data are left out.
 */
final class ReportCharts {

    private ReportCharts() {
    }

    static List<ReportChart> of(ProjectReport report) throws IOException {
        List<ReportChart> charts = new ArrayList<>();
        if (report.inputRisk() != null) {
            List<Charts.Series> series = new ArrayList<>();
            series.add(new Charts.Series("Input", report.inputRisk().recordsByClassSize()));
            if (report.outputRisk() != null) {
                series.add(new Charts.Series("Output", report.outputRisk().recordsByClassSize()));
            }
            String title = "Records by the size of their class";
            charts.add(render(title, Charts.bars(title, "Class size (records alike)", "Records", series)));
        }
        if (!report.utility().isEmpty()) {
            Map<String, Double> generalization = new LinkedHashMap<>();
            Map<String, Double> loss = new LinkedHashMap<>();
            for (ProjectReport.UtilityFacts utility : report.utility()) {
                generalization.put(utility.attribute(), 100 * utility.generalization());
                loss.put(utility.attribute(), 100 * utility.loss());
            }
            String title = "Generalization and information loss per quasi-identifier";
            charts.add(render(title, Charts.bars(title, "Quasi-identifier", "Share (%)", List.of(
                    new Charts.Series("Generalization (level / height)", generalization),
                    new Charts.Series("Information loss", loss)))));
        }
        return charts;
    }

    private static ReportChart render(String title, JFreeChart chart) throws IOException {
        return new ReportChart(title, ChartFiles.render(chart, ChartFiles.Format.PNG));
    }
}
