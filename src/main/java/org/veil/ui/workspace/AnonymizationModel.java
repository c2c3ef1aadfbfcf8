package org.veil.ui.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.veil.engine.search.Transformed;
import org.veil.project.audit.AuditKind;
import org.veil.service.anonymize.AnonymizationOutcome;
import org.veil.service.anonymize.AnonymizationService;
import org.veil.service.workspace.AuditRecorder;
import org.veil.service.workspace.ConfigurationCheck;
import org.veil.service.workspace.ConfigurationProblem;
import org.veil.service.workspace.Workspace;
import org.veil.ui.common.BackgroundWork;

/**
 * The anonymization of the current workspace: running it in the background, its outcome (the
 * classified solution space and the optimum), and the transformation the user selected, applied.
 * Any change to the workspace makes the outcome stale, so it is dropped: results always match the
 * configuration shown.
 */
public final class AnonymizationModel {

    private final WorkspaceModel workspace;
    private final BackgroundWork work;
    private final AnonymizationService service;
    private final ReadOnlyObjectWrapper<AnonymizationOutcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper selectedNode = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<Transformed> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<ConfigurationProblem>> problems =
            new ReadOnlyObjectWrapper<>(List.of());
    private Map<String, Integer> preselected = Map.of();
    private final BooleanBinding canRun;
    private final StringBinding whyNot;
    private final StringBinding state;

    public AnonymizationModel(WorkspaceModel workspace, BackgroundWork work, AnonymizationService service) {
        this.workspace = workspace;
        this.work = work;
        this.service = service;
        workspace.workspaceProperty().addListener((o, old, now) -> {
            if (old != null && now != null && old.configuration() != now.configuration()) {
                preselected = Map.of(); // a changed configuration makes a saved choice meaningless
            }
            outcome.set(null);
            selectedNode.set(-1);
            selected.set(null);
            problems.set(now == null ? List.of() : ConfigurationCheck.problems(now.configuration(), now.dataset()));
        });
        this.canRun = Bindings.createBooleanBinding(() -> workspace.get() != null && problems.get().isEmpty()
                && !work.busyProperty().get(), workspace.workspaceProperty(), problems, work.busyProperty());
        this.whyNot = Bindings.createStringBinding(this::describeWhyNot, workspace.workspaceProperty(), problems,
                work.busyProperty());
        this.state = Bindings.createStringBinding(this::describeState, workspace.workspaceProperty(), problems,
                outcome, selected);
    }

    /** Where the anonymization stands, for the status bar. */
    private String describeState() {
        if (workspace.get() == null) {
            return "";
        }
        if (!problems.get().isEmpty()) {
            int count = problems.get().size();
            return "Not ready: " + count + " problem" + (count == 1 ? "" : "s") + " to fix";
        }
        AnonymizationOutcome current = outcome.get();
        if (current == null) {
            return "Ready to anonymize";
        }
        Transformed chosen = selected.get();
        if (chosen == null) {
            return "No solution found";
        }
        boolean optimal = selectedNode.get() == current.result().space().optimum();
        return "Selected " + (optimal ? "the optimum " : "") + chosen.levels().values()
                + (chosen.evaluation().suppressedRecords() > 0
                        ? String.format(", %,d suppressed", chosen.evaluation().suppressedRecords()) : "");
    }

    private String describeWhyNot() {
        if (workspace.get() == null) {
            return "Open a dataset first.";
        }
        if (!problems.get().isEmpty()) {
            return problems.get().get(0).message();
        }
        if (work.busyProperty().get()) {
            return "Wait for the running job to finish.";
        }
        return "Find the optimal anonymization of the data (Ctrl+R).";
    }

    /** Runs the anonymization in the background; does nothing unless {@link #canRunProperty()} holds. */
    public void run() {
        if (!canRun.get()) {
            return;
        }
        Workspace snapshot = workspace.get();
        var request = ConfigurationCheck.request(snapshot.configuration(), snapshot.dataset());
        work.run("Preparing the data…", "Anonymization",
                (progress, cancel) -> service.anonymize(request, progress, cancel),
                result -> {
                    if (workspace.get() != snapshot) {
                        return "The configuration changed during the run; run again";
                    }
                    outcome.set(result);
                    int optimum = result.result().space().optimum();
                    selectedNode.set(optimum);
                    selected.set(result.optimum().orElse(null));
                    recordRun(snapshot, result);
                    int chosen = preselectedNode(result);
                    preselected = Map.of();
                    if (chosen >= 0 && chosen != optimum) {
                        select(chosen); // the run has finished, so the work is free again
                    }
                    return result.isAnonymous()
                            ? String.format("Optimum found in %.1f s", result.millis() / 1000.0)
                            : "No transformation satisfies the privacy models within the suppression limit";
                });
    }

    private void recordRun(Workspace snapshot, AnonymizationOutcome result) {
        Map<String, String> details = new LinkedHashMap<>(AuditRecorder.describe(snapshot.configuration()));
        details.put("millis", Long.toString(result.millis()));
        details.put("anonymous", Boolean.toString(result.isAnonymous()));
        details.put("optimum", result.optimum().map(t -> t.levels().toString()).orElse("none"));
        workspace.record(AuditKind.RUN, result.isAnonymous() ? "Anonymized: optimum " + details.get("optimum")
                : "Anonymized: no transformation satisfies the privacy models", details);
    }

    /**
     * Remembers a transformation chosen earlier (in a saved project) to select after the next run,
     * as long as the configuration does not change before.
     */
    public void preselect(Map<String, Integer> levels) {
        preselected = Map.copyOf(levels);
    }

    private int preselectedNode(AnonymizationOutcome result) {
        Map<String, Integer> levels = result.anonymization().levelsByName(0);
        if (preselected.isEmpty() || !preselected.keySet().equals(levels.keySet())) {
            return -1;
        }
        int[] vector = levels.keySet().stream().mapToInt(preselected::get).toArray();
        try {
            return result.anonymization().lattice().index(vector);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /** The levels of the selected transformation by quasi-identifier, or empty. */
    public Map<String, Integer> selectedLevels() {
        Transformed current = selected.get();
        return current == null ? Map.of() : current.levels();
    }

    /** Applies another transformation of the solution space in the background and selects it. */
    public void select(int node) {
        AnonymizationOutcome current = outcome.get();
        if (current == null || node == selectedNode.get()) {
            return;
        }
        work.run("Applying the transformation…", "Applying the transformation",
                (progress, cancel) -> current.anonymization().apply(node),
                applied -> {
                    if (outcome.get() != current) {
                        return "";
                    }
                    selectedNode.set(node);
                    selected.set(applied);
                    workspace.record(AuditKind.SOLUTION, "Selected solution " + applied.levels(), Map.of(
                            "levels", applied.levels().toString(),
                            "suppressedRecords", Integer.toString(applied.evaluation().suppressedRecords()),
                            "classes", Integer.toString(applied.evaluation().retainedClasses())));
                    return String.format("Selected %s: %,d records suppressed, %,d classes", applied.levels(),
                            applied.evaluation().suppressedRecords(), applied.evaluation().retainedClasses());
                });
    }

    public ReadOnlyObjectProperty<AnonymizationOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** The selected transformation's number in the solution space, or -1. */
    public ReadOnlyIntegerProperty selectedNodeProperty() {
        return selectedNode.getReadOnlyProperty();
    }

    /** The selected transformation applied to the data, or {@code null}. */
    public ReadOnlyObjectProperty<Transformed> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** What keeps the configuration from running, each tied to the step where it is fixed. */
    public ReadOnlyObjectProperty<List<ConfigurationProblem>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public BooleanBinding canRunProperty() {
        return canRun;
    }

    /** Where the anonymization stands: not ready, ready, or which solution is selected. */
    public StringBinding stateProperty() {
        return state;
    }

    /** Why Anonymize is disabled, or what it does when it is not: for its tooltip. */
    public StringBinding whyNotProperty() {
        return whyNot;
    }
}
