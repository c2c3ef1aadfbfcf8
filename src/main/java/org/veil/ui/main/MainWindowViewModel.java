package org.veil.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.veil.engine.data.ColumnType;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.InvalidValue;
import org.veil.engine.data.TypeCheck;
import org.veil.io.DatasetReadException;
import org.veil.io.InputSource;
import org.veil.service.ExportService;
import org.veil.service.FileFormat;
import org.veil.service.ImportRequest;
import org.veil.service.ImportService;
import org.veil.service.SampleData;
import org.veil.ui.common.BackgroundJob;
import org.veil.ui.common.DialogService;
import org.veil.ui.common.TaskHandle;
import org.veil.ui.common.TaskListener;
import org.veil.ui.common.TaskRunner;
import org.veil.ui.export.ExportDialogLauncher;
import org.veil.ui.export.ExportDialogViewModel;
import org.veil.ui.export.ExportSettings;
import org.veil.ui.importer.ImportDialogLauncher;
import org.veil.ui.importer.ImportDialogViewModel;

/**
 * State of the main window: the open dataset, where it came from, and the import or export running
 * in the background (progress, phase, cancel). Only one such job runs at a time.
 */
public final class MainWindowViewModel {

    static final List<DialogService.FileFilter> DATASET_FILES = List.of(
            new DialogService.FileFilter("Datasets (CSV, Excel)", List.of("*.csv", "*.tsv", "*.txt", "*.xlsx", "*.xls")),
            filter(FileFormat.CSV), filter(FileFormat.XLSX), filter(FileFormat.XLS),
            new DialogService.FileFilter("All files", List.of("*.*")));
    private static final int INVALID_VALUES_SHOWN = 10;

    private final ImportService importService;
    private final ExportService exportService;
    private final DialogService dialogs;
    private final ImportDialogLauncher importDialog;
    private final ExportDialogLauncher exportDialog;
    private final TaskRunner tasks;

    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper sourceName = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final StringBinding title;
    private final StringBinding status;
    private TaskHandle running;
    private Path inputFile;

    public MainWindowViewModel(ImportService importService, ExportService exportService, DialogService dialogs,
            ImportDialogLauncher importDialog, ExportDialogLauncher exportDialog, TaskRunner tasks) {
        this.importService = importService;
        this.exportService = exportService;
        this.dialogs = dialogs;
        this.importDialog = importDialog;
        this.exportDialog = exportDialog;
        this.tasks = tasks;
        this.title = Bindings.createStringBinding(
                () -> sourceName.get().isEmpty() ? "Veil" : "Veil — " + sourceName.get(), sourceName);
        this.status = Bindings.createStringBinding(this::describeStatus, dataset, sourceName, message);
    }

    private static DialogService.FileFilter filter(FileFormat format) {
        return new DialogService.FileFilter(format.description(), List.of(format.patterns()));
    }

    /** File › Open: asks for a file, then shows the import dialog. */
    public void openChosenFile() {
        dialogs.showOpenDialog("Open dataset", DATASET_FILES).ifPresent(this::open);
    }

    /** Opens a file (from the menu, drag-and-drop or the command line) through the import dialog. */
    public void open(Path file) {
        open(InputSource.of(file));
    }

    public void open(InputSource source) {
        if (busy.get()) {
            dialogs.showWarning("Still working", "Wait for the running import or export to finish, or cancel it.");
            return;
        }
        ImportDialogViewModel settings;
        try {
            settings = ImportDialogViewModel.open(source, importService, tasks);
        } catch (DatasetReadException e) {
            dialogs.showError("Cannot open " + source.name(), e.getMessage());
            return;
        }
        importDialog.show(settings).ifPresent(this::runImport);
    }

    /** Opens the bundled sample patient records with the detected settings, no questions asked. */
    public void openSample() {
        InputSource source = SampleData.source(SampleData.HEALTH);
        try {
            runImport(new ImportRequest(source, importService.detect(source)));
        } catch (DatasetReadException e) {
            dialogs.showError("Cannot open the sample data", e.getMessage());
        }
    }

    /** Imports in the background; ignored while another background job runs. */
    public void runImport(ImportRequest request) {
        runInBackground("Reading " + request.source().name() + "…", "Import",
                (listener, cancel) -> importService.importDataset(request, listener, cancel),
                result -> {
                    inputFile = result.source().path();
                    sourceName.set(result.source().name());
                    dataset.set(result.dataset());
                    result.invalidValues().forEach(this::warnAboutInvalidValues);
                    return String.format("Imported %,d rows in %.1f s", result.dataset().rowCount(),
                            result.millis() / 1000.0);
                });
    }

    /** File › Export: asks for the format and options, then the target file, and writes in the background. */
    public void exportChosenFile() {
        Dataset data = dataset.get();
        if (data == null || busy.get()) {
            return;
        }
        Optional<ExportSettings> settings = exportDialog.show(new ExportDialogViewModel());
        if (settings.isEmpty()) {
            return;
        }
        String extension = settings.get().extension();
        String suggested = baseName(sourceName.get()) + "-export." + extension;
        List<DialogService.FileFilter> filters = List.of(new DialogService.FileFilter(
                settings.get().format().description(), List.of("*." + extension)));
        dialogs.showSaveDialog("Export dataset", suggested, filters)
                .ifPresent(target -> export(data, target, settings.get()));
    }

    /** Writes the dataset to {@code target} in the background; never over the file it came from. */
    public void export(Dataset data, Path target, ExportSettings settings) {
        Path input = inputFile;
        runInBackground("Writing " + target.getFileName() + "…", "Export", (listener, cancel) -> {
            if (settings.format() == FileFormat.XLSX) {
                exportService.exportXlsx(data, target, input, listener, cancel);
            } else {
                exportService.exportCsv(data, target, settings.csvOptions(), input, listener, cancel);
            }
            return target;
        }, written -> String.format("Exported %,d rows to %s", data.rowCount(), written.getFileName()));
    }

    /**
     * Runs one job at a time with progress in the status bar. On success {@code onSuccess} updates the
     * state and returns the status message; failures are shown in a dialog titled after {@code what}.
     */
    private <T> void runInBackground(String startPhase, String what, BackgroundJob<T> job,
            Function<T, String> onSuccess) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        progress.set(-1);
        phase.set(startPhase);
        running = tasks.run(job, new TaskListener<T>() {
            @Override
            public void progress(double fraction, String text) {
                progress.set(fraction);
                phase.set(text == null ? "" : text);
            }

            @Override
            public void succeeded(T result) {
                finish("");
                message.set(onSuccess.apply(result));
            }

            @Override
            public void failed(Throwable error) {
                finish(what + " failed");
                dialogs.showError(what + " failed", error.getMessage());
            }

            @Override
            public void cancelled() {
                finish(what + " cancelled; nothing was changed");
            }
        });
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return fileName.isEmpty() ? "dataset" : dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private void finish(String text) {
        busy.set(false);
        running = null;
        progress.set(0);
        phase.set("");
        message.set(text);
    }

    /** Stops the running import or export, if any. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** Changes a column's type and lists the values that do not parse under it. */
    public void changeColumnType(int column, ColumnType type) {
        Dataset current = dataset.get();
        if (current == null || current.column(column).type().equals(type)) {
            return;
        }
        dataset.set(current.withColumnType(column, type));
        List<InvalidValue> invalid = TypeCheck.invalidValues(current.column(column), type);
        if (!invalid.isEmpty()) {
            warnAboutInvalidValues(current.column(column).name(), invalid);
        }
    }

    private void warnAboutInvalidValues(String column, List<InvalidValue> invalid) {
        int rows = invalid.stream().mapToInt(InvalidValue::rows).sum();
        ColumnType type = dataset.get().column(column).type();
        String listed = invalid.stream().limit(INVALID_VALUES_SHOWN)
                .map(v -> String.format("'%s' (%,d %s)", v.value(), v.rows(), v.rows() == 1 ? "row" : "rows"))
                .collect(Collectors.joining("\n"));
        String more = invalid.size() > INVALID_VALUES_SHOWN
                ? String.format("%n… and %,d more distinct values", invalid.size() - INVALID_VALUES_SHOWN) : "";
        dialogs.showWarning("Values that are not " + type.label(),
                String.format("%,d %s of column '%s' hold values that are not valid as %s:%n%s%s", rows,
                        rows == 1 ? "row" : "rows", column, type.label(), listed, more));
    }

    private String describeStatus() {
        Dataset data = dataset.get();
        if (data == null) {
            return message.get().isEmpty() ? "No dataset open" : message.get();
        }
        String summary = String.format("%,d rows · %d columns", data.rowCount(), data.columnCount());
        return message.get().isEmpty() ? summary : summary + " · " + message.get();
    }

    /** The file the dataset was imported from, if it was a file: exports must never overwrite it. */
    public Optional<Path> inputFile() {
        return Optional.ofNullable(inputFile);
    }

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceNameProperty() {
        return sourceName.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Fraction done of the running import; negative while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public StringBinding titleProperty() {
        return title;
    }

    public StringBinding statusProperty() {
        return status;
    }
}
