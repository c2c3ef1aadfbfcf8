package org.veil.ui.privacy;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.veil.engine.metric.Metric;
import org.veil.service.anonymize.MetricNames;
import org.veil.service.anonymize.ModelSpec;
import org.veil.service.workspace.Configuration;
import org.veil.service.workspace.Workspace;
import org.veil.ui.workspace.AnonymizationModel;
import org.veil.ui.workspace.WorkspaceModel;

/**
 * The Privacy step: the privacy models (added and edited through a form), the suppression limit,
 * the metric, what keeps the configuration from running, and running it. Every change is an
 * undoable command named for the Edit menu.
 */
public final class PrivacyViewModel {

    private final WorkspaceModel workspace;
    private final AnonymizationModel anonymization;
    private final ModelDialogLauncher modelDialog;
    private final SuppressionLimitViewModel suppression;
    private final ObservableList<ModelSpec> models = FXCollections.observableArrayList();
    private final ObservableList<ProblemItem> problems = FXCollections.observableArrayList();
    private final ObservableList<ModelSpec> modelsView = FXCollections.unmodifiableObservableList(models);
    private final ObservableList<ProblemItem> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ObjectProperty<String> metric = new SimpleObjectProperty<>(MetricNames.DEFAULT);
    private final BooleanBinding hasWorkspace;
    private final StringBinding whyNot;
    private boolean showingWorkspace;

    public PrivacyViewModel(WorkspaceModel workspace, AnonymizationModel anonymization,
            ModelDialogLauncher modelDialog) {
        this.workspace = workspace;
        this.anonymization = anonymization;
        this.modelDialog = modelDialog;
        this.suppression = new SuppressionLimitViewModel(workspace);
        this.hasWorkspace = workspace.workspaceProperty().isNotNull();
        this.whyNot = Bindings.createStringBinding(() -> problems.isEmpty() ? anonymization.whyNotProperty().get()
                : problems.get(0).message(), problems, anonymization.whyNotProperty());
        workspace.workspaceProperty().addListener((o, old, now) -> showWorkspace());
        anonymization.problemsProperty().addListener((o, old, now) -> showProblems());
        metric.addListener((o, old, now) -> {
            if (!showingWorkspace && now != null) {
                workspace.change("Set metric to " + MetricNames.title(now),
                        ws -> ws.withConfiguration(ws.configuration().withMetric(now)));
            }
        });
        showWorkspace();
    }

    private void showWorkspace() {
        Workspace current = workspace.get();
        showingWorkspace = true;
        try {
            models.setAll(current == null ? List.of() : current.configuration().models());
            metric.set(current == null ? MetricNames.DEFAULT : current.configuration().metric());
        } finally {
            showingWorkspace = false;
        }
        showProblems();
    }

    private void showProblems() {
        Workspace current = workspace.get();
        problems.setAll(current == null ? List.of() : anonymization.problemsProperty().get().stream()
                .map(problem -> ProblemItem.of(problem, current.configuration())).toList());
    }

    /** Opens the form for a new model and adds what the user confirms. */
    public void addModel() {
        if (workspace.get() == null) {
            return;
        }
        modelDialog.show(new ModelFormViewModel(configuration(), -1)).ifPresent(spec ->
                workspace.change("Add " + ModelDescriptions.describe(spec),
                        ws -> ws.withConfiguration(ws.configuration().withModelAdded(spec))));
    }

    /** Opens the form on a configured model and replaces it with what the user confirms. */
    public void editModel(int index) {
        if (workspace.get() == null || index < 0 || index >= models.size()) {
            return;
        }
        ModelSpec before = models.get(index);
        modelDialog.show(new ModelFormViewModel(configuration(), index)).filter(spec -> !spec.equals(before))
                .ifPresent(spec -> workspace.change("Edit model: " + ModelDescriptions.describe(before) + " → "
                        + ModelDescriptions.describe(spec),
                        ws -> ws.withConfiguration(ws.configuration().withModelReplaced(index, spec))));
    }

    public void removeModel(int index) {
        if (workspace.get() == null || index < 0 || index >= models.size()) {
            return;
        }
        workspace.change("Remove " + ModelDescriptions.describe(models.get(index)),
                ws -> ws.withConfiguration(ws.configuration().withModelRemoved(index)));
    }

    private Configuration configuration() {
        return workspace.get().configuration();
    }

    /** Runs the anonymization; does nothing unless {@link #canAnonymizeProperty()} holds. */
    public void anonymize() {
        anonymization.run();
    }

    /** The configured models, in order; changed only through the methods above. */
    public ObservableList<ModelSpec> models() {
        return modelsView;
    }

    /** Everything that keeps the configuration from running, in all steps. */
    public ObservableList<ProblemItem> problems() {
        return problemsView;
    }

    public SuppressionLimitViewModel suppression() {
        return suppression;
    }

    /** The metric's name, one of {@link #metricNames()}; setting it is a command. */
    public ObjectProperty<String> metricProperty() {
        return metric;
    }

    public List<String> metricNames() {
        return MetricNames.ALL;
    }

    /** A sentence on what a metric measures. */
    public static String describeMetric(String name) {
        return name == null ? "" : Metric.named(name).description();
    }

    public StringBinding metricDescriptionProperty() {
        return Bindings.createStringBinding(() -> describeMetric(metric.get()), metric);
    }

    public BooleanBinding hasWorkspaceProperty() {
        return hasWorkspace;
    }

    public BooleanBinding canAnonymizeProperty() {
        return anonymization.canRunProperty();
    }

    /** Why Anonymize is disabled (the first problem, as listed), or what it does. */
    public StringBinding whyNotProperty() {
        return whyNot;
    }
}
