package org.veil.ui.main;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import org.veil.engine.data.Dataset;
import org.veil.engine.progress.CancelledException;
import org.veil.io.DatasetReadException;
import org.veil.io.InputSource;
import org.veil.project.audit.AuditKind;
import org.veil.project.audit.AuditTrail;
import org.veil.service.FileFormat;
import org.veil.service.ImportRequest;
import org.veil.service.ImportService;
import org.veil.service.workspace.AttributeRole;
import org.veil.service.workspace.DataStorage;
import org.veil.service.workspace.PasswordSource;
import org.veil.service.workspace.ProjectService;
import org.veil.service.workspace.SampleProject;
import org.veil.service.workspace.Workspace;
import org.veil.ui.common.BackgroundWork;
import org.veil.ui.common.DialogService;
import org.veil.ui.common.InvalidValuesWarning;
import org.veil.ui.common.TaskRunner;
import org.veil.ui.importer.ImportDialogLauncher;
import org.veil.ui.importer.ImportDialogViewModel;
import org.veil.ui.workspace.AnonymizationModel;
import org.veil.ui.workspace.WorkspaceModel;

/**
 * The main window's own work: opening data (import dialog, drag-and-drop, the sample project),
 * and what the title and status bar say. The workspace and the
 * background job are shared with the step ViewModels.
 */
public final class MainWindowViewModel {

    static final DialogService.FileFilter PROJECT_FILES = new DialogService.FileFilter("Veil projects",
            List.of("*." + ProjectService.EXTENSION));
    static final List<DialogService.FileFilter> OPENABLE_FILES = List.of(
            new DialogService.FileFilter("Projects and datasets", List.of("*.veil", "*.csv", "*.tsv", "*.txt",
                    "*.xlsx", "*.xls")),
            PROJECT_FILES, filter(FileFormat.CSV), filter(FileFormat.XLSX), filter(FileFormat.XLS),
            new DialogService.FileFilter("All files", List.of("*.*")));

    private final WorkspaceModel workspace;
    private final BackgroundWork work;
    private final ImportService importService;
    private final DialogService dialogs;
    private final ImportDialogLauncher importDialog;
    private final TaskRunner tasks;
    private final RecentFiles recent;
    private final AnonymizationModel anonymization;
    private final ProjectService projects;
    private String notes = "";
    /** The password of the open project, kept in memory for this session only; null if unprotected. */
    private char[] password;
    /**
     * Whether the open project keeps its data embedded (as chosen at Save As, or as the opened
     * project did) or by reference: later saves keep it so. Data without a file of its own is
     * embedded whatever this says ({@link DataStorage#appliedTo}).
     */
    private DataStorage storage = DataStorage.REFERENCE;
    private final ObjectBinding<Dataset> dataset;
    private final StringBinding title;
    private final StringBinding status;

    public MainWindowViewModel(WorkspaceModel workspace, AnonymizationModel anonymization, BackgroundWork work,
            ImportService importService, ProjectService projects, DialogService dialogs,
            ImportDialogLauncher importDialog, TaskRunner tasks, RecentFiles recent) {
        this.recent = recent;
        this.anonymization = anonymization;
        this.projects = projects;
        this.workspace = workspace;
        this.work = work;
        this.importService = importService;
        this.dialogs = dialogs;
        this.importDialog = importDialog;
        this.tasks = tasks;
        this.dataset = Bindings.createObjectBinding(
                () -> workspace.get() == null ? null : workspace.get().dataset(), workspace.workspaceProperty());
        this.title = Bindings.createStringBinding(this::describeTitle, workspace.workspaceProperty(),
                workspace.undo().dirtyProperty(), workspace.projectFileProperty());
        this.status = Bindings.createStringBinding(this::describeStatus, workspace.workspaceProperty(),
                work.messageProperty());
    }

    private static DialogService.FileFilter filter(FileFormat format) {
        return new DialogService.FileFilter(format.description(), List.of(format.patterns()));
    }

    /** File › Open: asks for a project or a dataset, then opens it. */
    public void openChosenFile() {
        if (mayDiscardChanges()) {
            dialogs.showOpenDialog("Open project or dataset", OPENABLE_FILES).ifPresent(this::openWithoutAsking);
        }
    }

    /**
     * Opens a file (from the menu, recent files, drag-and-drop or the command line): a project
     * directly, a dataset through the import dialog.
     */
    public void open(Path file) {
        if (mayDiscardChanges()) {
            openWithoutAsking(file);
        }
    }

    private void openWithoutAsking(Path file) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + ProjectService.EXTENSION)) {
            openProject(file);
        } else {
            open(InputSource.of(file));
        }
    }

    /** True unless there are unsaved changes and the user does not want to lose them. */
    public boolean mayDiscardChanges() {
        return !workspace.undo().dirtyProperty().get() || dialogs.confirm("Unsaved changes",
                "The changes to " + workspace.title() + " are not saved. Discard them?", "Discard changes");
    }

    private void openProject(Path file) {
        openProject(file, false);
    }

    /**
     * Opens a recovery copy ({@link RecoveryCopies}) as unsaved work: no project file, so Save asks
     * where; the password it was encrypted with (the crashed session's) stays the session's.
     */
    void openRecoveryCopy(Path copy) {
        openProject(copy, true);
    }

    /** What Save would write now, for a recovery copy; the password is a copy that the caller wipes. */
    RecoveryCopies.Snapshot recoverySnapshot() {
        return new RecoveryCopies.Snapshot(workspace.get(), anonymization.selectedLevels(), notes, workspace.audit(),
                password == null ? null : password.clone());
    }

    private void openProject(Path file, boolean recovered) {
        PasswordPrompt prompt = new PasswordPrompt();
        work.run("Opening " + file.getFileName() + "…", "Opening the project",
                (progress, cancel) -> {
                    try {
                        return projects.open(file, progress, cancel, prompt);
                    } catch (Exception | Error e) {
                        prompt.forget();
                        throw e;
                    }
                },
                opened -> {
                    replacePassword(prompt.accepted());
                    storage = DataStorage.REFERENCE.appliedTo(opened.workspace()); // embedded data has no file
                    if (recovered) {
                        workspace.open(opened.workspace(), null, opened.audit());
                        workspace.undo().markUnsaved();
                        workspace.record(AuditKind.OPEN, "Recovered unsaved work", Map.of(
                                "auditTrail", opened.auditCheck().describe()));
                    } else {
                        workspace.open(opened.workspace(), file, opened.audit());
                        workspace.record(AuditKind.OPEN, "Opened project " + file.getFileName(), Map.of(
                                "file", file.getFileName().toString(), "auditTrail", opened.auditCheck().describe()));
                        recent.add(file);
                    }
                    notes = opened.notes();
                    anonymization.preselect(opened.transformation());
                    opened.warnings().forEach(w -> dialogs.showWarning("Opened with a warning", w));
                    return recovered ? "Recovered unsaved work" : "Opened project " + file.getFileName();
                });
    }

    /**
     * Asks for the password of an encrypted project, from the worker that opens it (the dialog
     * service shows the dialog on the UI thread), again after a wrong one; Cancel stops the opening.
     * Keeps a copy of the last answer: the one that opened the project, for later saves.
     */
    private final class PasswordPrompt implements PasswordSource {
        private volatile char[] last;

        @Override
        public Optional<char[]> password(String file, boolean wrongBefore) {
            Optional<char[]> answer = dialogs.askPassword("Password for " + file,
                    wrongBefore ? "Wrong password" : "The project " + file + " is protected by a password.", false);
            if (answer.isEmpty()) {
                forget();
                throw new CancelledException();
            }
            forget();
            last = answer.get().clone();
            return answer; // the service wipes it after trying it
        }

        char[] accepted() {
            return last;
        }

        void forget() {
            wipe(last);
            last = null;
        }
    }

    private void replacePassword(char[] replacement) {
        if (password != replacement) {
            wipe(password);
        }
        password = replacement;
    }

    private static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }

    /**
     * File › Save: to the project file, or asks for one the first time; keeps its password, if any,
     * and keeps its data embedded or by reference as before.
     */
    public void save() {
        Path current = workspace.projectFileProperty().get();
        if (current == null) {
            saveAs();
        } else {
            saveTo(current, password, storage);
        }
    }

    /** File › Save As: asks for a project file, then how to save it, and saves to it. */
    public void saveAs() {
        if (workspace.get() == null) {
            return;
        }
        String suggested = baseName(workspace.title()) + "." + ProjectService.EXTENSION;
        dialogs.showSaveDialog("Save project", suggested, List.of(PROJECT_FILES)).ifPresent(this::askOptionsAndSaveTo);
    }

    /**
     * Asks for a password (empty: none) and whether to include the data (off unless the project
     * already includes it; always, without a choice, for data that has no file); Cancel saves nothing.
     */
    private void askOptionsAndSaveTo(Path chosen) {
        Workspace current = workspace.get();
        Optional<DialogService.SaveOptions> options = dialogs.askSaveOptions(
                "Save " + projectFile(chosen).getFileName(), storage.appliedTo(current) == DataStorage.EMBED,
                current.inputFile() != null);
        if (options.isEmpty()) {
            return;
        }
        char[] chosenPassword = options.get().password();
        if (chosenPassword.length == 0) {
            chosenPassword = null;
        }
        saveTo(chosen, chosenPassword, options.get().embedData() ? DataStorage.EMBED : DataStorage.REFERENCE);
    }

    private static Path projectFile(Path chosen) {
        return chosen.getFileName().toString().endsWith("." + ProjectService.EXTENSION) ? chosen
                : chosen.resolveSibling(chosen.getFileName() + "." + ProjectService.EXTENSION);
    }

    /**
     * Saves to a file, encrypted with {@code protection} if not null, which becomes the session's
     * password, with the data stored as {@code dataStorage} says, which later saves keep.
     */
    private void saveTo(Path chosen, char[] protection, DataStorage dataStorage) {
        Path file = projectFile(chosen);
        Workspace snapshot = workspace.get();
        var transformation = anonymization.selectedLevels();
        AuditTrail before = workspace.audit();
        Map<String, String> details = Map.of("file", file.getFileName().toString(),
                "data", dataStorage.appliedTo(snapshot) == DataStorage.EMBED ? "embedded" : "referenced");
        AuditTrail trail = workspace.recorder().record(before, AuditKind.SAVE, "Saved project " + file.getFileName(),
                details);
        char[] key = protection == null ? null : protection.clone();
        AtomicReference<AuditTrail> written = new AtomicReference<>(trail);
        boolean started = work.run("Saving " + file.getFileName() + "…", "Saving the project", (progress, cancel) -> {
            try {
                written.set(projects.save(snapshot, transformation, notes, trail, file, key, dataStorage));
            } finally {
                wipe(key);
            }
            return file;
        }, saved -> {
            replacePassword(protection);
            storage = dataStorage;
            if (workspace.audit() == before) {
                workspace.replaceAudit(written.get()); // the trail as saved, its sealed SAVE entry last
            } else {
                workspace.record(AuditKind.SAVE, "Saved project " + file.getFileName(), details);
            }
            if (workspace.get() == snapshot) {
                workspace.saved(saved);
            }
            recent.add(saved);
            return "Saved " + saved.getFileName();
        });
        if (!started) {
            wipe(key);
        }
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return fileName.isEmpty() ? "project" : dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    public void open(InputSource source) {
        if (work.busyProperty().get()) {
            dialogs.showWarning("Still working", "Wait for the running job to finish, or cancel it.");
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

    /** Opens the sample project: synthetic patients with roles, hierarchies and 5-anonymity set. */
    public void openSample() {
        if (!mayDiscardChanges()) {
            return;
        }
        work.run("Opening the sample project…", "Opening the sample project",
                (progress, cancel) -> SampleProject.health(progress, cancel),
                opened -> {
                    workspace.open(opened);
                    workspace.record(AuditKind.IMPORT, "Opened the sample project", Map.of(
                            "rows", Integer.toString(opened.dataset().rowCount()),
                            "columns", Integer.toString(opened.dataset().columnCount())));
                    notes = "";
                    replacePassword(null);
                    storage = DataStorage.REFERENCE;
                    return String.format("Opened the sample project: %,d synthetic patients",
                            opened.dataset().rowCount());
                });
    }

    /** Imports in the background into a fresh workspace; ignored while another job runs. */
    public void runImport(ImportRequest request) {
        work.run("Reading " + request.source().name() + "…", "Import",
                (listener, cancel) -> importService.importDataset(request, listener, cancel),
                result -> {
                    workspace.open(Workspace.of(result.dataset(), result.source().name(), result.source().path(),
                            request.options()));
                    workspace.record(AuditKind.IMPORT, "Imported " + result.source().name(), Map.of(
                            "file", result.source().name(),
                            "rows", Integer.toString(result.dataset().rowCount()),
                            "columns", Integer.toString(result.dataset().columnCount())));
                    notes = "";
                    replacePassword(null);
                    storage = DataStorage.REFERENCE;
                    if (result.source().path() != null) {
                        recent.add(result.source().path());
                    }
                    result.invalidValues().forEach((column, invalid) -> InvalidValuesWarning.show(dialogs, column,
                            result.dataset().column(column).type(), invalid));
                    return String.format("Imported %,d rows in %.1f s", result.dataset().rowCount(),
                            result.millis() / 1000.0);
                });
    }

    private String describeTitle() {
        Workspace current = workspace.get();
        if (current == null) {
            return "Veil";
        }
        return workspace.title() + (workspace.undo().dirtyProperty().get() ? " •" : "") + " — Veil";
    }

    private String describeStatus() {
        Workspace current = workspace.get();
        String message = work.messageProperty().get();
        if (current == null) {
            return message.isEmpty() ? "No dataset open" : message;
        }
        Dataset data = current.dataset();
        int qis = current.configuration().columns(AttributeRole.QUASI_IDENTIFYING).size();
        String summary = String.format("%,d rows · %d columns · %d quasi-identifier%s", data.rowCount(),
                data.columnCount(), qis, qis == 1 ? "" : "s");
        return message.isEmpty() ? summary : summary + " · " + message;
    }

    /** Stops the running job, if any. */
    public void cancel() {
        work.cancel();
    }

    public ObjectBinding<Dataset> datasetProperty() {
        return dataset;
    }

    public StringBinding titleProperty() {
        return title;
    }

    public StringBinding statusProperty() {
        return status;
    }

    public WorkspaceModel workspace() {
        return workspace;
    }

    public BackgroundWork work() {
        return work;
    }

    public RecentFiles recentFiles() {
        return recent;
    }
}
