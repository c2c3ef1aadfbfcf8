package org.veil.ui.export;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import org.veil.engine.data.Dataset;
import org.veil.engine.search.Transformed;
import org.veil.project.audit.AuditKind;
import org.veil.service.ExportService;
import org.veil.service.FileFormat;
import org.veil.service.workspace.AuditRecorder;
import org.veil.service.workspace.Workspace;
import org.veil.ui.common.BackgroundWork;
import org.veil.ui.common.DialogService;
import org.veil.ui.workspace.AnonymizationModel;
import org.veil.ui.workspace.WorkspaceModel;

/**
 * Exporting: the selected anonymized output (or the data as it is, before any run) to CSV or XLSX,
 * in the background, atomically, never over the file the data came from.
 */
public final class ExportViewModel {

    private final WorkspaceModel workspace;
    private final AnonymizationModel anonymization;
    private final BackgroundWork work;
    private final ExportService exports;
    private final DialogService dialogs;
    private final ExportDialogLauncher dialog;
    private final ExportDialogViewModel options = new ExportDialogViewModel();
    private final StringBinding summary;

    public ExportViewModel(WorkspaceModel workspace, AnonymizationModel anonymization, BackgroundWork work,
            ExportService exports, DialogService dialogs, ExportDialogLauncher dialog) {
        this.workspace = workspace;
        this.anonymization = anonymization;
        this.work = work;
        this.exports = exports;
        this.dialogs = dialogs;
        this.dialog = dialog;
        this.summary = Bindings.createStringBinding(this::describe, workspace.workspaceProperty(),
                anonymization.selectedProperty());
    }

    /** What an export writes now: the selected output, else the data as imported; null without data. */
    public Dataset dataToExport() {
        Transformed selected = anonymization.selectedProperty().get();
        if (selected != null) {
            return selected.output();
        }
        return workspace.get() == null ? null : workspace.get().dataset();
    }

    /** File › Export: asks for the options in a dialog, then for the target file. */
    public void exportWithDialog() {
        if (dataToExport() == null || work.busyProperty().get()) {
            return;
        }
        dialog.show(new ExportDialogViewModel(), describe()).ifPresent(this::askTargetAndExport);
    }

    /** The Export step's button: the options of the step's form, then the target file. */
    public void exportWithOptions() {
        if (dataToExport() != null && !work.busyProperty().get() && options.validProperty().get()) {
            askTargetAndExport(options.settings());
        }
    }

    private void askTargetAndExport(ExportSettings settings) {
        Dataset data = dataToExport();
        String extension = settings.extension();
        String suffix = anonymization.selectedProperty().get() != null ? "anonymized" : "export";
        String suggested = baseName(workspace.get().sourceName()) + "-" + suffix + "." + extension;
        List<DialogService.FileFilter> filters = List.of(new DialogService.FileFilter(
                settings.format().description(), List.of("*." + extension)));
        Optional<Path> target = dialogs.showSaveDialog("Export output", suggested, filters);
        target.ifPresent(file -> export(data, file, settings));
    }

    /** Writes {@code data} to {@code target} in the background; never over the file the data came from. */
    public void export(Dataset data, Path target, ExportSettings settings) {
        Path input = workspace.get() == null ? null : workspace.get().inputFile();
        Transformed selected = anonymization.selectedProperty().get();
        String what = selected != null && selected.output() == data ? "solution " + selected.levels() : "data as imported";
        work.run("Writing " + target.getFileName() + "…", "Export", (listener, cancel) -> {
            if (settings.format() == FileFormat.XLSX) {
                exports.exportXlsx(data, target, input, listener, cancel);
            } else {
                exports.exportCsv(data, target, settings.csvOptions(), input, listener, cancel);
            }
            return new Written(target, AuditRecorder.sha256(target));
        }, written -> {
            Map<String, String> details = new LinkedHashMap<>();
            details.put("file", written.file().getFileName().toString());
            details.put("sha256", written.sha256());
            details.put("rows", Integer.toString(data.rowCount()));
            details.put("format", settings.format().name());
            details.put("content", what);
            workspace.record(AuditKind.EXPORT, "Exported " + what + " to " + written.file().getFileName(), details);
            return String.format("Exported %,d rows to %s", data.rowCount(), written.file().getFileName());
        });
    }

    /** An export written: the file and the SHA-256 of its bytes. */
    private record Written(Path file, String sha256) {
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return fileName.isEmpty() ? "dataset" : dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private String describe() {
        Workspace current = workspace.get();
        if (current == null) {
            return "Open a dataset first.";
        }
        Transformed selected = anonymization.selectedProperty().get();
        if (selected == null) {
            return "Nothing is anonymized yet: an export now writes the data as imported. Run the anonymization"
                    + " (Ctrl+R) and pick a solution in Explore first.";
        }
        int suppressed = selected.evaluation().suppressedRecords();
        List<String> removed = List.copyOf(current.configuration().identifiers());
        return String.format("The selected solution %s: %,d rows, of which %,d suppressed (their"
                + " quasi-identifiers replaced by *), %,d equivalence classes, %s.", selected.levels(),
                selected.output().rowCount(), suppressed, selected.evaluation().retainedClasses(),
                removed.isEmpty() ? "no identifiers to remove" : "identifiers removed: " + String.join(", ", removed));
    }

    /** The options of the Export step's form. */
    public ExportDialogViewModel options() {
        return options;
    }

    public StringBinding summaryProperty() {
        return summary;
    }
}
