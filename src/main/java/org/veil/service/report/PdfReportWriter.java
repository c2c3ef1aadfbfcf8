package org.veil.service.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.veil.io.AtomicFileWriter;
import org.veil.service.report.PdfPages.Align;
import org.veil.service.report.PdfPages.TableColumn;
import org.veil.service.report.ProjectReport.RiskFacts;
import org.veil.service.report.ProjectReport.SolutionFacts;
import org.veil.service.report.ProjectReport.UtilityFacts;

/**
 * Lays a {@link ProjectReport} out as a PDF with PDFBox: a title, one section per topic with tables,
 * the charts, and "Page n of m" in every page's footer. Text uses the Standard 14 Helvetica fonts;
 * characters they cannot show are replaced by readable equivalents ({@code ≥} becomes {@code >=}).
 * The file is written atomically and never over the file the data came from.
 */
public final class PdfReportWriter {

    /** The file extension of reports. */
    public static final String EXTENSION = "pdf";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private PdfReportWriter() {
    }

    /**
     * Writes the report to {@code target}: all of it or, on failure, nothing.
     *
     * @param input the file the data was read from, or {@code null}: refused as a target
     */
    public static void write(ProjectReport report, Path target, Path input) throws IOException {
        AtomicFileWriter.refuseToOverwrite(target, input);
        byte[] pdf = render(report);
        AtomicFileWriter.write(target, out -> out.write(pdf));
    }

    /** The report as a PDF file's bytes. */
    public static byte[] render(ProjectReport report) throws IOException {
        try (PdfPages pages = new PdfPages()) {
            describe(pages, report);
            layOut(pages, report);
            return pages.finish("Veil \u00b7 " + report.title() + " \u00b7 " + report.dataset().name() + " \u00b7 "
                    + TIME.format(report.generated()));
        }
    }

    /** The text a report shows for a string, as the Standard 14 fonts can show it: {@code ≥ 90} becomes {@code >= 90}. */
    public static String safeText(String text) {
        return PdfText.safe(text);
    }

    private static void describe(PdfPages pages, ProjectReport report) {
        PDDocumentInformation info = pages.document().getDocumentInformation();
        info.setTitle(PdfText.safe(report.title() + ": " + report.dataset().name()));
        info.setCreator("Veil");
        info.setSubject("Anonymization of " + PdfText.safe(report.dataset().name()));
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        created.setTimeInMillis(report.generated().toEpochMilli());
        info.setCreationDate(created);
    }

    private static void layOut(PdfPages pages, ProjectReport report) throws IOException {
        pages.title(report.title() + ": " + report.dataset().name(), "Generated " + TIME.format(report.generated())
                + " by Veil");

        pages.heading("Dataset");
        ProjectReport.DatasetFacts data = report.dataset();
        pages.facts(List.of(
                pair("Name", data.name()),
                pair("Rows", count(data.rows())),
                pair("Columns", count(data.columns())),
                pair("Input SHA-256", data.sha256() == null ? "not known (the data was not read from a file here)"
                        : data.sha256())));

        pages.heading("Attributes");
        pages.table(List.of(new TableColumn("Attribute", 2, Align.LEFT), new TableColumn("Role", 1.5f, Align.LEFT),
                new TableColumn("Type", 1.5f, Align.LEFT)),
                report.attributes().stream().map(a -> new String[] {a.name(), a.role(), a.type()}).toList());

        pages.heading("Hierarchies");
        if (report.hierarchies().isEmpty()) {
            pages.paragraph("No hierarchies are assigned.");
        } else {
            pages.table(List.of(new TableColumn("Attribute", 1.3f, Align.LEFT),
                    new TableColumn("Height", 0.6f, Align.RIGHT), new TableColumn("Source", 1.7f, Align.LEFT),
                    new TableColumn("Builder", 2.2f, Align.LEFT)),
                    report.hierarchies().stream().map(h -> new String[] {h.attribute(), Integer.toString(h.height()),
                        h.source(), h.builder() == null ? "none (imported or edited by hand)" : h.builder()}).toList());
        }

        pages.heading("Privacy models");
        ProjectReport.PrivacyFacts privacy = report.privacy();
        pages.facts(List.of(
                pair("Models", privacy.models().isEmpty() ? "none" : String.join("; ", privacy.models())),
                pair("Suppression limit", percent(privacy.suppressionLimit())),
                pair("Metric", privacy.metric())));

        pages.heading("Transformation");
        pages.paragraph(report.runSummary());
        SolutionFacts solution = report.solution();
        if (solution != null) {
            List<String[]> levels = new ArrayList<>();
            solution.levels().forEach((column, level) -> levels.add(new String[] {column, Integer.toString(level),
                Integer.toString(solution.heights().getOrDefault(column, 0))}));
            pages.table(List.of(new TableColumn("Quasi-identifier", 3, Align.LEFT),
                    new TableColumn("Level", 1, Align.RIGHT), new TableColumn("Height", 1, Align.RIGHT)), levels);
            pages.facts(List.of(
                    pair("Levels", solution.describeLevels()),
                    pair("Anonymous", solution.anonymous() ? "yes" : "no"),
                    pair("Optimal", solution.optimal() ? "yes" : "no (chosen by the user)"),
                    pair("Suppressed records", count(solution.suppressedRecords()) + " of "
                            + count(solution.records()) + " (" + percent(share(solution.suppressedRecords(),
                                    solution.records())) + ")"),
                    pair("Equivalence classes", count(solution.classes()) + " (" + count(solution.retainedClasses())
                            + " released, " + count(solution.suppressedClasses()) + " suppressed)"),
                    pair("Metric value", solution.metric() + " = " + String.format(Locale.US, "%.4f",
                            solution.metricValue()))));
        }

        pages.heading("Re-identification risk");
        RiskFacts input = report.inputRisk();
        RiskFacts output = report.outputRisk();
        if (input == null) {
            pages.paragraph("Run the anonymization to measure the risk of the input and the output.");
        } else {
            pages.table(List.of(new TableColumn("Measure", 2.6f, Align.LEFT), new TableColumn("Input", 1, Align.RIGHT),
                    new TableColumn("Output", 1, Align.RIGHT)), riskRows(input, output));
            pages.note("Prosecutor risk of a record is 1 / the size of its class; records at risk exceed "
                    + percent(input.threshold()) + ". Without population knowledge the journalist's risk equals the"
                    + " prosecutor's. Suppressed records are in no class and never at risk.");
        }

        pages.heading("Utility");
        if (report.utility().isEmpty()) {
            pages.paragraph("No transformation to measure: the utility is reported after an anonymization.");
        } else {
            pages.table(List.of(new TableColumn("Quasi-identifier", 2.2f, Align.LEFT),
                    new TableColumn("Level", 0.8f, Align.RIGHT), new TableColumn("Generalization", 1.3f, Align.RIGHT),
                    new TableColumn("Distinct before", 1.2f, Align.RIGHT),
                    new TableColumn("Distinct after", 1.2f, Align.RIGHT), new TableColumn("Loss", 1, Align.RIGHT),
                    new TableColumn("Suppressed", 1.1f, Align.RIGHT)),
                    report.utility().stream().map(PdfReportWriter::utilityRow).toList());
            pages.note("Generalization is level / height; loss is the mean information loss of the attribute's"
                    + " cells (suppressed cells lose everything).");
        }

        pages.heading("Output");
        pages.facts(List.<String[]>of(pair("Output SHA-256", report.outputSha256() == null
                ? "no export recorded" : report.outputSha256())));

        pages.heading("Audit trail");
        if (report.auditSummary().isEmpty()) {
            pages.paragraph("No audit entries.");
        } else {
            pages.bullets(report.auditSummary());
        }

        if (!report.charts().isEmpty()) {
            pages.heading("Charts");
            int number = 1;
            for (ReportChart chart : report.charts()) {
                pages.figure("Figure " + number + ". " + chart.title(), chart.png(), "figure-" + number);
                number++;
            }
        }
    }

    private static List<String[]> riskRows(RiskFacts input, RiskFacts output) {
        List<String[]> rows = new ArrayList<>();
        rows.add(riskRow("Records", input, output, r -> count(r.records())));
        rows.add(riskRow("Suppressed records", input, output, r -> count(r.suppressedRecords())));
        rows.add(riskRow("Equivalence classes", input, output, r -> count(r.classes())));
        rows.add(riskRow("Smallest class", input, output, r -> count(r.smallestClass())));
        rows.add(riskRow("Prosecutor: highest risk", input, output, r -> percent(r.prosecutorHighest())));
        rows.add(riskRow("Prosecutor: average risk", input, output, r -> percent(r.prosecutorAverage())));
        rows.add(riskRow("Records at risk (> " + percent(input.threshold()) + ")", input, output,
                r -> count(r.recordsAtRisk())));
        rows.add(riskRow("Journalist: average risk", input, output, r -> percent(r.journalistAverage())));
        rows.add(riskRow("Marketer: records re-identified", input, output, r -> percent(r.marketerAverage())));
        rows.add(riskRow("Sample uniques", input, output, r -> count(r.sampleUniques())));
        return rows;
    }

    private static String[] riskRow(String measure, RiskFacts input, RiskFacts output,
            Function<RiskFacts, String> value) {
        return new String[] {measure, value.apply(input), output == null ? "–" : value.apply(output)};
    }

    private static String[] utilityRow(UtilityFacts u) {
        return new String[] {u.attribute(), u.level() + " / " + u.height(), percent(u.generalization()),
            count(u.distinctBefore()), count(u.distinctAfter()), percent(u.loss()), percent(u.suppressedShare())};
    }

    private static String[] pair(String label, String value) {
        return new String[] {label, value};
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    static String count(int value) {
        return String.format(Locale.US, "%,d", value);
    }

    /** A share as a percentage: {@code 12.5 %}, {@code 0 %}, {@code 100 %}. */
    static String percent(double share) {
        double value = 100 * share;
        if (value == Math.rint(value)) {
            return String.format(Locale.US, "%.0f %%", value);
        }
        return String.format(Locale.US, value < 1 ? "%.2f %%" : "%.1f %%", value);
    }
}
