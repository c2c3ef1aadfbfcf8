package org.veil.ui.main;

import java.util.Optional;
import org.veil.service.ImportService;
import org.veil.service.anonymize.AnonymizationService;
import org.veil.service.workspace.ProjectService;
import org.veil.ui.common.BackgroundWork;
import org.veil.ui.common.SameThreadTaskRunner;
import org.veil.ui.common.ScriptedDialogService;
import org.veil.ui.common.UserSettings;
import org.veil.ui.importer.ImportDialogLauncher;
import org.veil.ui.workspace.AnonymizationModel;
import org.veil.ui.workspace.WorkspaceModel;

/** A main window of its own, as in a new session of the workbench: scripted dialogs, tasks on the caller's thread. */
class MainWindowSession {

    final ScriptedDialogService dialogs = new ScriptedDialogService();
    final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    final WorkspaceModel workspace = new WorkspaceModel();
    final BackgroundWork work = new BackgroundWork(tasks, dialogs);
    final MainWindowViewModel viewModel;

    /** A session whose import dialog is always cancelled. */
    MainWindowSession(ProjectService projects) {
        this(projects, settings -> Optional.empty());
    }

    MainWindowSession(ProjectService projects, ImportDialogLauncher importDialog) {
        viewModel = new MainWindowViewModel(workspace, new AnonymizationModel(workspace, work,
                new AnonymizationService()), work, new ImportService(), projects, dialogs, importDialog, tasks,
                new RecentFiles(UserSettings.inMemory()));
    }
}
