package org.veil.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.veil.engine.data.Dataset;
import org.veil.service.ExportService;
import org.veil.service.ImportService;
import org.veil.service.anonymize.AnonymizationService;
import org.veil.ui.common.BackgroundWork;
import org.veil.ui.common.DialogService;
import org.veil.ui.common.TaskRunner;
import org.veil.ui.data.DataStepView;
import org.veil.ui.data.DataViewModel;
import org.veil.ui.export.ExportDialogView;
import org.veil.ui.importer.ImportDialogView;
import org.veil.ui.workspace.AnonymizationModel;
import org.veil.ui.main.MainWindowView;
import org.veil.ui.main.MainWindowViewModel;
import org.veil.ui.main.Step;
import org.veil.ui.workspace.WorkspaceModel;

/**
 * The workbench put together: the shared models, every step's view, and the window. The one place
 * that knows every feature; features know only the shared models.
 */
public final class Workbench {

    private final WorkspaceModel workspace = new WorkspaceModel();
    private final BackgroundWork work;
    private final MainWindowViewModel main;
    private final AnonymizationModel anonymization;
    private final MainWindowView view;

    public Workbench(Stage stage, DialogService dialogs, TaskRunner tasks) {
        this.work = new BackgroundWork(tasks, dialogs);
        this.main = new MainWindowViewModel(workspace, work, new ImportService(), new ExportService(), dialogs,
                ImportDialogView.launcher(stage), ExportDialogView.launcher(stage), tasks);
        this.anonymization = new AnonymizationModel(workspace, work, new AnonymizationService());
        Map<Step, Node> steps = new EnumMap<>(Step.class);
        steps.put(Step.DATA, new DataStepView(new DataViewModel(workspace, dialogs)).node());
        this.view = new MainWindowView(main, anonymization, steps, this::exportOutput);
    }

    /** Exports the selected anonymized output, or the data as it is when nothing is anonymized yet. */
    private void exportOutput() {
        var selected = anonymization.selectedProperty().get();
        Dataset data = selected != null ? selected.output() : main.datasetProperty().get();
        main.exportChosenFile(data, selected != null ? "anonymized" : "export");
    }

    public MainWindowView view() {
        return view;
    }

    public MainWindowViewModel main() {
        return main;
    }

    public AnonymizationModel anonymization() {
        return anonymization;
    }

    public WorkspaceModel workspace() {
        return workspace;
    }
}
