package org.veil.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.service.anonymize.AnonymizationOutcome;
import org.veil.service.anonymize.AnonymizationService;
import org.veil.service.workspace.AttributeRole;
import org.veil.service.workspace.ConfigurationCheck;
import org.veil.service.workspace.SampleProject;
import org.veil.service.workspace.Workspace;

/** {@link ProjectReport} and {@link PdfReportWriter}: the PDF report of the sample project after a run. */
class PdfReportWriterTest {

    private static final String OUTPUT_HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final Instant GENERATED = Instant.parse("2025-03-04T10:15:30Z");

    private static Workspace workspace;
    private static AnonymizationOutcome outcome;

    @TempDir
    Path folder;

    @BeforeAll
    static void anonymizeTheSample() throws Exception {
        workspace = SampleProject.health(ProgressListener.NONE, CancellationToken.NONE);
        outcome = new AnonymizationService().anonymize(
                ConfigurationCheck.request(workspace.configuration(), workspace.dataset()), ProgressListener.NONE,
                CancellationToken.NONE);
        assertTrue(outcome.isAnonymous(), "the sample project is 5-anonymous");
    }

    private static ProjectReport report(List<String> audit, List<ReportChart> charts) throws IOException {
        return ProjectReport.of(workspace, outcome, outcome.optimum().orElseThrow(), OUTPUT_HASH, audit, GENERATED)
                .withCharts(charts);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** Runs of white space as one space, so table cells and wrapped lines compare as text. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void writesAPdfWithTheDataTheModelsTheSolutionAndTheOutputHash() throws Exception {
        Path target = folder.resolve("report.pdf");

        PdfReportWriter.write(report(List.of("2025-03-04 10:00 IMPORT Opened the sample project"), List.of()), target,
                workspace.inputFile());

        byte[] pdf = Files.readAllBytes(target);
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.ISO_8859_1));
        String text = flat(text(pdf));
        assertTrue(text.contains(workspace.sourceName()), "the dataset's name: " + workspace.sourceName());
        List<String> qis = workspace.configuration().columns(AttributeRole.QUASI_IDENTIFYING);
        assertFalse(qis.isEmpty());
        for (String qi : qis) {
            assertTrue(text.contains(qi), "quasi-identifier " + qi);
        }
        assertTrue(text.contains("5-anonymity"), text);
        ProjectReport.SolutionFacts solution = report(List.of(), List.of()).solution();
        assertTrue(text.contains("Levels " + solution.describeLevels()), "the chosen levels " + solution.levels());
        assertTrue(text.contains("Anonymous yes"));
        assertTrue(text.contains(OUTPUT_HASH), "the output's hash");
        assertTrue(text.contains("Opened the sample project"), "the audit summary");
        assertTrue(text.contains("Prosecutor: highest risk"));
        assertTrue(text.contains(String.format("Rows %,d", workspace.dataset().rowCount())));
        int pages = pages(pdf);
        assertTrue(text.contains("Page 1 of " + pages) && text.contains("Page " + pages + " of " + pages),
                "every page numbered: " + pages + " pages");
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(target), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void reportsTheRiskAndUtilityOfTheChosenTransformation() throws Exception {
        ProjectReport report = report(List.of(), List.of());

        assertTrue(report.solution().optimal());
        assertTrue(report.outputRisk().smallestClass() >= 5, "5-anonymous output");
        assertTrue(report.outputRisk().prosecutorHighest() <= 0.2);
        assertEquals(0, report.outputRisk().sampleUniques());
        assertTrue(report.inputRisk().sampleUniques() > 0, "the raw data has unique records");
        assertEquals(report.quasiIdentifiers(), report.utility().stream().map(ProjectReport.UtilityFacts::attribute)
                .toList());
        assertEquals(report.outputRisk().records() - report.outputRisk().suppressedRecords(),
                report.outputRisk().recordsByClassSize().values().stream().mapToInt(Integer::intValue).sum(),
                "every released record is in one class-size bucket");
    }

    @Test
    void replacesCharactersTheStandardFontsCannotShowWithReadableOnes() throws Exception {
        assertEquals(">= 90 years, l-diversity -> ok, o", PdfReportWriter.safeText("≥ 90 years, ℓ-diversity → ok, ő"));
        assertEquals("10–20 % · café – naïve … €", PdfReportWriter.safeText("10–20 % · café – naïve … €"),
                "WinAnsi's own characters stay");
        assertEquals("a b", PdfReportWriter.safeText("a\tb"));

        byte[] pdf = PdfReportWriter.render(report(List.of("Built hierarchy of age: ≥ 90 top-coded – 10–20 · ℓ = 3"),
                List.of()));

        String text = text(pdf);
        assertTrue(text.contains("Built hierarchy of age: >= 90 top-coded – 10–20 · l = 3"), text);
        assertFalse(text.contains("≥"));
    }

    @Test
    void laysOutChartsOverFurtherPagesAndNumbersThem() throws Exception {
        byte[] without = PdfReportWriter.render(report(List.of(), List.of()));
        List<ReportChart> charts = List.of(new ReportChart("Records by class size", png(Color.BLUE)),
                new ReportChart("Loss per quasi-identifier", png(Color.GRAY)));

        byte[] with = PdfReportWriter.render(report(List.of(), charts));

        int pages = pages(with);
        assertTrue(pages > pages(without), pages + " pages with charts");
        String text = flat(text(with));
        assertTrue(text.contains("Figure 1. Records by class size"));
        assertTrue(text.contains("Figure 2. Loss per quasi-identifier"));
        for (int page = 1; page <= pages; page++) {
            assertTrue(text.contains("Page " + page + " of " + pages), "page " + page);
        }
        try (PDDocument document = Loader.loadPDF(with)) {
            assertEquals("Veil", document.getDocumentInformation().getCreator());
        }
    }

    @Test
    void reportsAProjectBeforeAnyRun() throws Exception {
        ProjectReport report = ProjectReport.of(workspace, null, null, null, null, GENERATED);

        String text = flat(text(PdfReportWriter.render(report)));

        assertTrue(text.contains("has not been anonymized yet"), text);
        assertTrue(text.contains("no export recorded"));
        assertTrue(text.contains("No audit entries."));
        assertTrue(text.contains("5-anonymity"));
    }

    @Test
    void neverWritesOverTheInputFile() throws Exception {
        Path input = Files.writeString(folder.resolve("patients.csv"), "id,age\n1,30\n");
        Workspace fromFile = new Workspace(workspace.dataset(), "patients.csv", input, workspace.configuration());
        ProjectReport report = ProjectReport.of(fromFile, null, null, null, List.of(), GENERATED);
        assertEquals(64, report.dataset().sha256().length(), "the input file's hash");

        assertThrows(IOException.class, () -> PdfReportWriter.write(report, input, input));

        assertEquals("id,age\n1,30\n", Files.readString(input));
    }

    private static byte[] png(Color color) throws IOException {
        BufferedImage image = new BufferedImage(1000, 620, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 1000, 620);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
