package org.veil.ui.report;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.veil.engine.search.Transformed;
import org.veil.project.audit.AuditTrail;
import org.veil.service.anonymize.AnonymizationOutcome;
import org.veil.service.report.PdfReportWriter;
import org.veil.service.report.ProjectReport;
import org.veil.service.workspace.Workspace;
import org.veil.ui.common.BackgroundWork;
import org.veil.ui.common.DialogService;
import org.veil.ui.workspace.AnonymizationModel;
import org.veil.ui.workspace.WorkspaceModel;

/**
 * File › Export Report (PDF): asks for the file, then gathers the report of the workspace and the
 * selected transformation, renders its charts and writes the PDF in the background — atomically and
 * never over the file the data came from.
 */
public final class ReportViewModel {

    static final DialogService.FileFilter PDF_FILES = new DialogService.FileFilter("PDF documents",
            List.of("*." + PdfReportWriter.EXTENSION));

    private final WorkspaceModel workspace;
    private final AnonymizationModel anonymization;
    private final BackgroundWork work;
    private final DialogService dialogs;
    private final Clock clock;

    public ReportViewModel(WorkspaceModel workspace, AnonymizationModel anonymization, BackgroundWork work,
            DialogService dialogs) {
        this(workspace, anonymization, work, dialogs, Clock.systemUTC());
    }

    /** @param clock when reports say they were generated */
    public ReportViewModel(WorkspaceModel workspace, AnonymizationModel anonymization, BackgroundWork work,
            DialogService dialogs, Clock clock) {
        this.workspace = workspace;
        this.anonymization = anonymization;
        this.work = work;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    /** Whether a report can be made now: data is open and no job runs. */
    public boolean canExport() {
        return workspace.get() != null && !work.busyProperty().get();
    }

    /** The file name offered: {@code patients-report.pdf} for {@code patients.csv}. */
    public String suggestedName() {
        String name = workspace.get() == null ? "" : workspace.get().sourceName();
        if (name == null || name.isBlank()) {
            name = "project";
        }
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + "-report." + PdfReportWriter.EXTENSION;
    }

    /** Asks for the target file, then writes the report to it. */
    public void exportWithDialog() {
        if (canExport()) {
            dialogs.showSaveDialog("Export report (PDF)", suggestedName(), List.of(PDF_FILES)).ifPresent(this::export);
        }
    }

    /** Writes the report of the current state to {@code chosen} (".pdf" added if missing), in the background. */
    public void export(Path chosen) {
        if (!canExport()) {
            return;
        }
        Path target = chosen.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + PdfReportWriter.EXTENSION)
                ? chosen : chosen.resolveSibling(chosen.getFileName() + "." + PdfReportWriter.EXTENSION);
        Workspace snapshot = workspace.get();
        AnonymizationOutcome outcome = anonymization.outcomeProperty().get();
        Transformed selected = anonymization.selectedProperty().get();
        AuditTrail trail = workspace.audit();
        List<String> audit = AuditLines.summary(trail);
        String outputSha256 = selected == null ? null
                : AuditLines.exportedSha256(trail, "solution " + selected.levels());
        work.run("Writing the report " + target.getFileName() + "…", "Report export", (progress, cancel) -> {
            progress.progress(-1, "Gathering the figures…");
            ProjectReport report = ProjectReport.of(snapshot, outcome, selected, outputSha256, audit,
                    clock.instant());
            cancel.throwIfCancelled();
            progress.progress(-1, "Drawing the charts…");
            report = report.withCharts(ReportCharts.of(report));
            cancel.throwIfCancelled();
            progress.progress(-1, "Writing " + target.getFileName() + "…");
            PdfReportWriter.write(report, target, snapshot.inputFile());
            return target;
        }, written -> "Exported the report to " + written.getFileName());
    }
}
