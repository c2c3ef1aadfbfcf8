package org.veil.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.service.ImportService;
import org.veil.service.anonymize.AnonymizationService;
import org.veil.service.workspace.AttributeRole;
import org.veil.service.workspace.ProjectService;
import org.veil.ui.common.BackgroundWork;
import org.veil.ui.common.SameThreadTaskRunner;
import org.veil.ui.common.ScriptedDialogService;
import org.veil.ui.common.UserSettings;
import org.veil.ui.workspace.AnonymizationModel;
import org.veil.ui.workspace.WorkspaceModel;

/** Saving and opening projects from the main window: title, unsaved mark, prompts, restored choice. */
class ProjectFilesViewModelTest {

    @TempDir
    Path folder;

    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final WorkspaceModel workspace = new WorkspaceModel();
    private final BackgroundWork work = new BackgroundWork(tasks, dialogs);
    private final AnonymizationModel anonymization = new AnonymizationModel(workspace, work, new AnonymizationService());
    private final MainWindowViewModel viewModel = new MainWindowViewModel(workspace, anonymization, work,
            new ImportService(), new ProjectService(), dialogs, settings -> Optional.empty(), tasks,
            new RecentFiles(UserSettings.inMemory()));

    private void setRole(String column, AttributeRole role) {
        workspace.change("Set role of " + column, ws -> ws.withConfiguration(ws.configuration().withRole(column, role)));
    }

    @Test
    void savingClearsTheUnsavedMarkAndNamesTheWindowAfterTheProject() throws Exception {
        viewModel.openSample();
        setRole("cost", AttributeRole.SENSITIVE);
        assertEquals("patients.csv • — Veil", viewModel.titleProperty().get());
        Path file = folder.resolve("study");
        dialogs.choose(file);

        viewModel.save();

        assertTrue(Files.exists(folder.resolve("study.veil")), "the extension is added");
        assertEquals("study.veil — Veil", viewModel.titleProperty().get());
        setRole("cost", AttributeRole.INSENSITIVE);
        viewModel.save();
        assertEquals("study.veil — Veil", viewModel.titleProperty().get(), "a second save asks no file again");
    }

    @Test
    void reopensASavedProjectAndSelectsTheSavedSolutionAfterTheNextRun() throws Exception {
        viewModel.openSample();
        anonymization.run();
        int optimum = anonymization.selectedNodeProperty().get();
        int other = optimum + 1 < anonymization.outcomeProperty().get().anonymization().lattice().size()
                ? optimum + 1 : optimum - 1;
        anonymization.select(other);
        Map<String, Integer> chosen = anonymization.selectedLevels();
        Path file = folder.resolve("chosen.veil");
        dialogs.choose(file);
        viewModel.saveAs();

        viewModel.open(file);
        assertEquals("chosen.veil — Veil", viewModel.titleProperty().get());
        assertEquals(AttributeRole.SENSITIVE, workspace.get().configuration().role("diagnosis"));
        anonymization.run();

        assertEquals(chosen, anonymization.selectedLevels());
    }

    @Test
    void asksBeforeDiscardingUnsavedChangesAndKeepsThemWhenTheUserSaysNo() throws Exception {
        viewModel.openSample();
        setRole("cost", AttributeRole.SENSITIVE);
        dialogs.answer(false);

        viewModel.openSample();

        assertEquals("Unsaved changes", dialogs.messages().get(0).title());
        assertEquals(AttributeRole.SENSITIVE, workspace.get().configuration().role("cost"), "nothing was replaced");
        assertTrue(workspace.undo().dirtyProperty().get());
    }
}
