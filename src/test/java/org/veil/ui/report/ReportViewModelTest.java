package org.veil.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.csv.CsvWriteOptions;
import org.veil.service.ExportService;
import org.veil.service.FileFormat;
import org.veil.service.anonymize.AnonymizationService;
import org.veil.service.workspace.AuditRecorder;
import org.veil.service.workspace.SampleProject;
import org.veil.service.workspace.Workspace;
import org.veil.ui.common.BackgroundWork;
import org.veil.ui.common.SameThreadTaskRunner;
import org.veil.ui.common.ScriptedDialogService;
import org.veil.ui.export.ExportSettings;
import org.veil.ui.export.ExportViewModel;
import org.veil.ui.workspace.AnonymizationModel;
import org.veil.ui.workspace.WorkspaceModel;

class ReportViewModelTest {

    @TempDir
    Path folder;

    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private final WorkspaceModel workspace = new WorkspaceModel();
    private final BackgroundWork work = new BackgroundWork(new SameThreadTaskRunner(), dialogs);
    private final AnonymizationModel anonymization = new AnonymizationModel(workspace, work, new AnonymizationService());
    private final ReportViewModel viewModel = new ReportViewModel(workspace, anonymization, work, dialogs,
            Clock.fixed(Instant.parse("2025-03-04T10:15:30Z"), ZoneOffset.UTC));

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private void openAndAnonymizeTheSample() throws Exception {
        workspace.open(SampleProject.health(ProgressListener.NONE, CancellationToken.NONE));
        anonymization.run();
        assertTrue(anonymization.selectedProperty().get() != null, "the sample has a 5-anonymous solution");
    }

    @Test
    void exportsTheReportWithItsChartsAfterARun() throws Exception {
        openAndAnonymizeTheSample();
        assertEquals("patients-report.pdf", viewModel.suggestedName());
        dialogs.choose(folder.resolve("patients-report"));

        viewModel.exportWithDialog();

        Path written = folder.resolve("patients-report.pdf");
        assertTrue(Files.exists(written), "\".pdf\" added to the name chosen");
        assertTrue(dialogs.errors().isEmpty(), dialogs.errors().toString());
        assertEquals("Exported the report to patients-report.pdf", work.messageProperty().get());
        String text = text(written);
        assertTrue(text.contains("Anonymization report: patients.csv"), text);
        assertTrue(text.contains("5-anonymity"));
        assertTrue(text.contains("Generated 2025-03-04 10:15:30 UTC"));
        assertTrue(text.contains("Figure 1. Records by the size of their class"));
        assertTrue(text.contains("Figure 2. Generalization and information loss per quasi-identifier"));
        assertTrue(text.contains("RUN: Anonymized: optimum"), "the audit summary lists the run");
        assertTrue(text.contains("no export recorded"));
        assertTrue(text.matches(".*Page 1 of \\d+.*"));
    }

    @Test
    void reportsTheHashOfTheOutputExportedForTheSelectedSolution() throws Exception {
        openAndAnonymizeTheSample();
        ExportViewModel export = new ExportViewModel(workspace, anonymization, work, new ExportService(), dialogs,
                (options, summary) -> java.util.Optional.empty());
        Path csv = folder.resolve("released.csv");
        export.export(anonymization.selectedProperty().get().output(), csv,
                new ExportSettings(FileFormat.CSV, CsvWriteOptions.defaults()));
        Path report = folder.resolve("report.pdf");

        viewModel.export(report);

        assertTrue(text(report).contains(AuditRecorder.sha256(csv)), "the exported output's SHA-256");
    }

    @Test
    void reportsAProjectBeforeAnyRunWithoutCharts() throws Exception {
        workspace.open(SampleProject.health(ProgressListener.NONE, CancellationToken.NONE));
        Path report = folder.resolve("before.pdf");

        viewModel.export(report);

        String text = text(report);
        assertTrue(text.contains("has not been anonymized yet"), text);
        assertFalse(text.contains("Figure 1."));
    }

    @Test
    void asksNothingWithoutData() {
        dialogs.choose(folder.resolve("never.pdf"));

        viewModel.exportWithDialog();

        assertFalse(viewModel.canExport());
        assertFalse(Files.exists(folder.resolve("never.pdf")));
    }

    @Test
    void refusesToWriteOverTheInputFile() throws Exception {
        Path input = Files.writeString(folder.resolve("patients.pdf"), "not really a pdf");
        Workspace sample = SampleProject.health(ProgressListener.NONE, CancellationToken.NONE);
        workspace.open(new Workspace(sample.dataset(), "patients.pdf", input, sample.configuration()));

        viewModel.export(input);

        assertEquals(1, dialogs.errors().size());
        assertTrue(dialogs.errors().get(0).text().contains("refusing to write over the input file"),
                dialogs.errors().toString());
        assertEquals("not really a pdf", Files.readString(input));
    }
}
