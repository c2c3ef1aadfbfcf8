package org.veil.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.service.ImportService;
import org.veil.service.anonymize.AnonymizationService;
import org.veil.service.workspace.ProjectService;
import org.veil.ui.common.BackgroundWork;
import org.veil.ui.common.SameThreadTaskRunner;
import org.veil.ui.common.ScriptedDialogService;
import org.veil.ui.common.UserSettings;
import org.veil.ui.workspace.AnonymizationModel;
import org.veil.ui.workspace.WorkspaceModel;

class RecentFilesTest {

    @TempDir
    Path folder;

    private Path file(String name) throws Exception {
        return Files.writeString(folder.resolve(name), "a\n1\n");
    }

    @Test
    void keepsTheNewestFirstWithoutDuplicatesAndRemembersThemAcrossSessions() throws Exception {
        UserSettings settings = UserSettings.inMemory();
        RecentFiles recent = new RecentFiles(settings);
        Path a = file("a.csv");
        Path b = file("b.csv");
        recent.add(a);
        recent.add(b);
        recent.add(a);
        assertEquals(List.of(a, b), recent.files());
        assertEquals(List.of(a, b), new RecentFiles(settings).files(), "a new session sees the same list");
    }

    @Test
    void keepsAtMostEightAndForgetsFilesThatNoLongerExist() throws Exception {
        UserSettings settings = UserSettings.inMemory();
        RecentFiles recent = new RecentFiles(settings);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            files.add(file("f" + i + ".csv"));
            recent.add(files.get(i));
        }
        assertEquals(RecentFiles.MAX, recent.files().size());
        assertEquals(files.get(9), recent.files().get(0));
        Files.delete(files.get(9));
        assertEquals(files.get(8), new RecentFiles(settings).files().get(0));
    }

    @Test
    void anImportedFileBecomesRecent() throws Exception {
        UserSettings settings = UserSettings.inMemory();
        var recent = new RecentFiles(settings);
        var dialogs = new ScriptedDialogService();
        var tasks = new SameThreadTaskRunner();
        var workspace = new WorkspaceModel();
        var work = new BackgroundWork(tasks, dialogs);
        var viewModel = new MainWindowViewModel(workspace,
                new AnonymizationModel(workspace, work, new AnonymizationService()), work, new ImportService(),
                new ProjectService(), dialogs, settingsDialog -> {
                    try {
                        return Optional.of(settingsDialog.toRequest());
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }, tasks, recent);
        Path data = file("data.csv");
        viewModel.open(data);
        assertEquals(List.of(data), recent.files());
    }
}
