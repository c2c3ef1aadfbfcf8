package org.veil.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.engine.data.ColumnType;
import org.veil.service.ImportService;
import org.veil.service.workspace.AttributeRole;
import org.veil.ui.common.BackgroundWork;
import org.veil.ui.common.UserSettings;
import org.veil.ui.data.DataViewModel;
import org.veil.service.anonymize.AnonymizationService;
import org.veil.service.workspace.ProjectService;
import org.veil.ui.workspace.AnonymizationModel;
import org.veil.ui.workspace.WorkspaceModel;
import org.veil.ui.common.ManualTaskRunner;
import org.veil.ui.common.TaskRunner;
import org.veil.ui.importer.ImportDialogLauncher;
import org.veil.ui.common.SameThreadTaskRunner;
import org.veil.ui.common.ScriptedDialogService;
import org.veil.ui.importer.ImportDialogViewModel;
import org.veil.testing.Fixtures;

class MainWindowViewModelTest {

    @TempDir
    Path folder;

    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private final List<ImportDialogViewModel> importDialogsShown = new ArrayList<>();

    /** A ViewModel whose import dialog confirms at once with the detected settings. */
    private MainWindowViewModel confirmingViewModel(TaskRunner tasks) {
        return viewModel(settings -> {
            importDialogsShown.add(settings);
            try {
                return Optional.of(settings.toRequest());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }, tasks);
    }

    private MainWindowViewModel viewModel(ImportDialogLauncher importDialog, TaskRunner tasks) {
        WorkspaceModel workspace = new WorkspaceModel();
        BackgroundWork work = new BackgroundWork(tasks, dialogs);
        return new MainWindowViewModel(workspace, new AnonymizationModel(workspace, work, new AnonymizationService()),
                work, new ImportService(), new ProjectService(), dialogs, importDialog, tasks,
                new RecentFiles(UserSettings.inMemory()));
    }

    @Test
    void opensTheChosenFileThroughTheImportDialog() {
        MainWindowViewModel viewModel = confirmingViewModel(new SameThreadTaskRunner());
        dialogs.choose(Fixtures.path("csv/comma.csv"));

        viewModel.openChosenFile();

        assertEquals(1, importDialogsShown.size());
        assertEquals(3, viewModel.datasetProperty().get().rowCount());
        assertEquals("comma.csv — Veil", viewModel.titleProperty().get());
        assertTrue(viewModel.statusProperty().get().startsWith("3 rows · 4 columns · 0 quasi-identifiers"), viewModel.statusProperty().get());
        assertEquals(Fixtures.path("csv/comma.csv"), viewModel.workspace().get().inputFile());
        assertTrue(dialogs.messages().isEmpty());
    }

    @Test
    void doesNothingWhenTheUserCancelsTheFileChooserOrTheImportDialog() {
        MainWindowViewModel cancelling = viewModel(settings -> Optional.empty(), new SameThreadTaskRunner());
        cancelling.openChosenFile();
        cancelling.open(Fixtures.path("csv/comma.csv"));
        assertNull(cancelling.datasetProperty().get());
        assertEquals("Veil", cancelling.titleProperty().get());
    }

    @Test
    void showsAnErrorNamingTheLineWhenTheImportFails() {
        MainWindowViewModel viewModel = confirmingViewModel(new SameThreadTaskRunner());
        viewModel.open(Fixtures.path("csv/ragged_short.csv"));

        assertNull(viewModel.datasetProperty().get());
        assertFalse(viewModel.work().busyProperty().get());
        assertEquals(1, dialogs.errors().size());
        assertTrue(dialogs.errors().get(0).text().contains("ragged_short.csv, line 4, column 3"),
                dialogs.errors().get(0).text());
    }

    @Test
    void showsAnErrorWithoutAnImportDialogWhenTheFileCannotBeReadAtAll() {
        MainWindowViewModel viewModel = confirmingViewModel(new SameThreadTaskRunner());
        viewModel.open(Fixtures.path("csv/empty.csv"));
        assertTrue(importDialogsShown.isEmpty());
        assertEquals("Cannot open empty.csv", dialogs.errors().get(0).title());
    }

    @Test
    void isBusyWhileImportingAndRefusesASecondImport() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        MainWindowViewModel viewModel = confirmingViewModel(tasks);
        viewModel.runImport(request("csv/comma.csv"));
        assertTrue(viewModel.work().busyProperty().get());

        viewModel.runImport(request("csv/tab.tsv"));
        viewModel.open(Fixtures.path("csv/tab.tsv"));
        assertEquals(1, tasks.pendingJobs(), "no second import starts");
        assertEquals("Still working", dialogs.warnings().get(0).title());

        tasks.runAll();
        assertFalse(viewModel.work().busyProperty().get());
        assertEquals("comma.csv — Veil", viewModel.titleProperty().get());
    }

    @Test
    void cancellingKeepsThePreviousDataset() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        MainWindowViewModel viewModel = confirmingViewModel(tasks);
        viewModel.runImport(request("csv/comma.csv"));
        tasks.runAll();
        var before = viewModel.datasetProperty().get();

        viewModel.runImport(request("csv/tab.tsv"));
        viewModel.cancel();
        tasks.runAll();

        assertFalse(viewModel.work().busyProperty().get());
        assertEquals(before, viewModel.datasetProperty().get());
        assertTrue(viewModel.statusProperty().get().contains("Import cancelled; nothing was changed"), viewModel.statusProperty().get());
        assertTrue(dialogs.errors().isEmpty());
    }

    @Test
    void opensTheBundledSampleWithoutAsking() {
        MainWindowViewModel viewModel = confirmingViewModel(new SameThreadTaskRunner());
        viewModel.openSample();
        assertTrue(importDialogsShown.isEmpty());
        assertEquals(20_000, viewModel.datasetProperty().get().rowCount());
        assertEquals("patients.csv — Veil", viewModel.titleProperty().get());
        assertEquals(ColumnType.date("yyyy-MM-dd"), viewModel.datasetProperty().get().column("birth_date").type());
        var configuration = viewModel.workspace().get().configuration();
        assertEquals(List.of("zip", "birth_date", "sex", "ethnicity"),
                configuration.columns(AttributeRole.QUASI_IDENTIFYING));
        assertEquals(List.of("name", "ssn", "email", "phone"), configuration.columns(AttributeRole.IDENTIFYING));
        assertEquals(List.of("diagnosis"), configuration.columns(AttributeRole.SENSITIVE));
        assertEquals(5, configuration.hierarchies().size(), "a hierarchy for every quasi-identifier and the diagnosis");
        assertFalse(viewModel.workspace().undo().dirtyProperty().get(), "a freshly opened project has no changes");
    }

    @Test
    void typeChangesAreUndoableAndMarkTheTitleAsUnsaved() throws Exception {
        MainWindowViewModel viewModel = confirmingViewModel(new SameThreadTaskRunner());
        viewModel.open(Fixtures.path("csv/comma.csv"));
        new DataViewModel(viewModel.workspace(), dialogs).changeColumnType(1, ColumnType.DECIMAL);
        assertEquals("comma.csv • — Veil", viewModel.titleProperty().get());
        assertEquals("Set type of age to Decimal", viewModel.workspace().undo().undoDescriptionProperty().get());

        viewModel.workspace().undo().undo();

        assertEquals(ColumnType.INTEGER, viewModel.datasetProperty().get().column("age").type());
        assertEquals("comma.csv — Veil", viewModel.titleProperty().get());
        viewModel.workspace().undo().redo();
        assertEquals(ColumnType.DECIMAL, viewModel.datasetProperty().get().column("age").type());
    }

    @Test
    void changingAColumnTypeListsTheValuesThatDoNotParse() throws Exception {
        Path file = folder.resolve("ages.csv");
        Files.writeString(file, "name,age\nAnn,34\nBen,unknown\nCid,unknown\nDee,n/a\n");
        MainWindowViewModel viewModel = confirmingViewModel(new SameThreadTaskRunner());
        viewModel.open(file);
        assertEquals(ColumnType.STRING, viewModel.datasetProperty().get().column("age").type());

        new DataViewModel(viewModel.workspace(), dialogs).changeColumnType(1, ColumnType.INTEGER);

        assertEquals(ColumnType.INTEGER, viewModel.datasetProperty().get().column("age").type());
        ScriptedDialogService.Message warning = dialogs.warnings().get(0);
        assertTrue(warning.text().contains("3 rows of column 'age'"), warning.text());
        assertTrue(warning.text().contains("'unknown' (2 rows)"), warning.text());
        assertTrue(warning.text().contains("'n/a' (1 row)"), warning.text());
    }

    @Test
    void appliesTypeOverridesChosenInTheImportDialogAndWarnsAboutInvalidValues() throws Exception {
        Path file = folder.resolve("codes.csv");
        Files.writeString(file, "id,code\n1,007\n2,12\n");
        MainWindowViewModel viewModel = viewModel(settings -> {
            settings.chooseType("code", ColumnType.INTEGER);
            settings.chooseType("id", ColumnType.date("yyyy-MM-dd"));
            try {
                return Optional.of(settings.toRequest());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }, new SameThreadTaskRunner());

        viewModel.open(file);

        assertEquals(ColumnType.INTEGER, viewModel.datasetProperty().get().column("code").type());
        assertEquals(2, dialogs.warnings().size(), "one warning per column with invalid values");
    }

    private static org.veil.service.ImportRequest request(String fixture) {
        try {
            var source = Fixtures.source(fixture);
            return new org.veil.service.ImportRequest(source, new ImportService().detect(source));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
