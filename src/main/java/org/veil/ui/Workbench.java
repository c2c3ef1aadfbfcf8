package org.veil.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.veil.service.ExportService;
import org.veil.service.ImportService;
import org.veil.service.anonymize.AnonymizationService;
import org.veil.service.workspace.ProjectService;
import org.veil.ui.analyze.AnalyzeStepView;
import org.veil.ui.attributes.AttributesView;
import org.veil.ui.audit.AuditView;
import org.veil.ui.auditor.AuditorView;
import org.veil.ui.common.BackgroundWork;
import org.veil.ui.common.DialogService;
import org.veil.ui.common.TaskRunner;
import org.veil.ui.common.UserSettings;
import org.veil.ui.data.DataStepView;
import org.veil.ui.data.DataViewModel;
import org.veil.ui.explore.ExploreStepView;
import org.veil.ui.export.ExportDialogView;
import org.veil.ui.export.ExportStepView;
import org.veil.ui.export.ExportViewModel;
import org.veil.ui.hierarchies.HierarchiesView;
import org.veil.ui.importer.ImportDialogView;
import org.veil.ui.main.MainWindowView;
import org.veil.ui.main.MainWindowViewModel;
import org.veil.ui.main.RecentFiles;
import org.veil.ui.main.Step;
import org.veil.ui.privacy.PrivacyStepView;
import org.veil.ui.report.ReportViewModel;
import org.veil.ui.workspace.AnonymizationModel;
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
    private final ExportViewModel export;
    private final MainWindowView view;
    private final ReportViewModel report;

    public Workbench(Stage stage, DialogService dialogs, TaskRunner tasks, UserSettings settings) {
        this.work = new BackgroundWork(tasks, dialogs);
        this.anonymization = new AnonymizationModel(workspace, work, new AnonymizationService());
        this.main = new MainWindowViewModel(workspace, anonymization, work, new ImportService(), new ProjectService(),
                dialogs, ImportDialogView.launcher(stage), tasks, new RecentFiles(settings));
        this.export = new ExportViewModel(workspace, anonymization, work, new ExportService(), dialogs,
                ExportDialogView.launcher(stage));
        Map<Step, Node> steps = new EnumMap<>(Step.class);
        steps.put(Step.DATA, new DataStepView(new DataViewModel(workspace, dialogs)).node());
        steps.put(Step.ATTRIBUTES, AttributesView.create(workspace, work, dialogs));
        steps.put(Step.HIERARCHIES, HierarchiesView.create(workspace, work, dialogs, anonymization));
        steps.put(Step.PRIVACY, PrivacyStepView.create(workspace, anonymization, stage));
        steps.put(Step.EXPLORE, ExploreStepView.create(anonymization, work));
        steps.put(Step.ANALYZE, AnalyzeStepView.create(anonymization, workspace, tasks, dialogs));
        steps.put(Step.EXPORT, new ExportStepView(export, work).node());
        steps.put(Step.AUDIT, AuditView.create(workspace));
        this.view = new MainWindowView(main, anonymization, steps, export::exportWithDialog);
        this.report = new ReportViewModel(workspace, anonymization, work, dialogs);
        view.setOnExportReport(report::exportWithDialog);
        view.setOnOpenForAudit(() -> AuditorView.openChosen(stage, dialogs, tasks));
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

    public ExportViewModel export() {
        return export;
    }

    public ReportViewModel report() {
        return report;
    }
}
