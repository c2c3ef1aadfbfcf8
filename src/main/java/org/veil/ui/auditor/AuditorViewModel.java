package org.veil.ui.auditor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.veil.service.anonymize.ModelSpec;
import org.veil.service.workspace.AssignedHierarchy;
import org.veil.service.workspace.Configuration;
import org.veil.service.workspace.OpenedProject;
import org.veil.service.workspace.ProjectService;
import org.veil.service.workspace.ProjectVerification;
import org.veil.service.workspace.Workspace;
import org.veil.ui.audit.AuditViewModel;
import org.veil.ui.common.TaskListener;
import org.veil.ui.common.TaskRunner;
import org.veil.ui.workspace.WorkspaceModel;

/**
 * A project opened read-only for an auditor: its integrity checks (the re-run that compares the
 * output with the recorded export only on request, as it takes a while), a summary of its
 * configuration and its audit trail. It has a workspace model of its own, so the workbench's is
 * never touched, and nothing here changes the project.
 */
public final class AuditorViewModel {

    /** How a check stands. */
    public enum Status {
        HOLDS, FAILED, PENDING
    }

    /** One integrity check as listed. */
    public record CheckRow(Status status, String text) {
    }

    /** One line of the configuration summary. */
    public record Setting(String name, String value) {
    }

    static final String RERUN_PENDING = "Re-run not done yet: press \u201cRe-run and compare\u201d to check that running"
            + " the project again reproduces the recorded export.";

    private final ProjectService projects;
    private final ProjectVerification verification;
    private final TaskRunner tasks;
    private final WorkspaceModel trail = new WorkspaceModel();
    private final AuditViewModel audit;
    private final ObservableList<CheckRow> checks = FXCollections.observableArrayList();
    private final ObservableList<Setting> settings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Audit");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper allHold = new ReadOnlyBooleanWrapper();
    private Path file;

    public AuditorViewModel(ProjectService projects, ProjectVerification verification, TaskRunner tasks) {
        this.projects = projects;
        this.verification = verification;
        this.tasks = tasks;
        this.audit = new AuditViewModel(trail);
    }

    /** Reads the project in the background, then lists what it holds and the checks that need no re-run. */
    public void open(Path project) {
        this.file = project;
        title.set("Audit \u2014 " + project.getFileName());
        start("Opening " + project.getFileName() + "\u2026");
        tasks.run((progress, cancel) -> projects.open(project, progress, cancel), new TaskListener<OpenedProject>() {
            @Override
            public void succeeded(OpenedProject opened) {
                show(opened);
                busy.set(false);
                loaded.set(true);
                status.set("Opened read-only: " + project.getFileName());
            }

            @Override
            public void failed(Throwable error) {
                showChecks(List.of(new CheckRow(Status.FAILED, "The project cannot be read: " + error.getMessage())));
                busy.set(false);
                status.set("The project cannot be read");
            }

            @Override
            public void cancelled() {
                busy.set(false);
                status.set("Opening cancelled");
            }
        });
    }

    /** Runs every check again in the background, including the re-run compared with the recorded export. */
    public void rerunAndCompare() {
        if (file == null || busy.get()) {
            return;
        }
        Path project = file;
        start("Running the project again and comparing\u2026");
        tasks.run((progress, cancel) -> verification.verify(project, null, progress, cancel),
                new TaskListener<ProjectVerification.Result>() {
                    @Override
                    public void succeeded(ProjectVerification.Result result) {
                        showChecks(result.checks().stream()
                                .map(c -> new CheckRow(c.holds() ? Status.HOLDS : Status.FAILED, c.text())).toList());
                        busy.set(false);
                        status.set(result.allHold() ? "Every check holds" : "Some checks FAILED");
                    }

                    @Override
                    public void failed(Throwable error) {
                        busy.set(false);
                        status.set("The checks could not be run: " + error.getMessage());
                    }

                    @Override
                    public void cancelled() {
                        busy.set(false);
                        status.set("Checks cancelled");
                    }
                });
    }

    private void start(String text) {
        busy.set(true);
        status.set(text);
    }

    private void show(OpenedProject opened) {
        List<CheckRow> rows = new ArrayList<>();
        ProjectVerification.checksOf(opened).forEach(c -> rows.add(new CheckRow(c.holds() ? Status.HOLDS
                : Status.FAILED, c.text())));
        rows.add(new CheckRow(Status.PENDING, RERUN_PENDING));
        showChecks(rows);
        settings.setAll(summary(opened));
        notes.set(opened.notes() == null ? "" : opened.notes());
        trail.replaceAudit(opened.audit());
    }

    private void showChecks(List<CheckRow> rows) {
        checks.setAll(rows);
        allHold.set(rows.stream().noneMatch(r -> r.status() == Status.FAILED));
    }

    static List<Setting> summary(OpenedProject opened) {
        Workspace workspace = opened.workspace();
        Configuration configuration = workspace.configuration();
        List<Setting> lines = new ArrayList<>();
        lines.add(new Setting("Data file", workspace.inputFile() != null ? workspace.inputFile().toString()
                : workspace.sourceName()));
        lines.add(new Setting("Rows", String.format("%,d", workspace.dataset().rowCount())));
        for (String column : workspace.dataset().columnNames()) {
            lines.add(new Setting("Column " + column, configuration.role(column).label()));
        }
        configuration.hierarchies().forEach((column, assigned) -> lines.add(new Setting("Hierarchy " + column,
                hierarchyText(assigned))));
        List<String> models = configuration.models().stream().map(AuditorViewModel::modelText).toList();
        lines.add(new Setting("Privacy models", models.isEmpty() ? "none" : String.join(", ", models)));
        lines.add(new Setting("Suppression limit",
                java.math.BigDecimal.valueOf(configuration.suppressionLimit()).movePointRight(2).stripTrailingZeros()
                        .toPlainString() + "%"));
        lines.add(new Setting("Metric", configuration.metric()));
        lines.add(new Setting("Chosen transformation", transformationText(opened.transformation())));
        return lines;
    }

    private static String hierarchyText(AssignedHierarchy assigned) {
        String source = assigned.source() == null || assigned.source().isBlank() ? "built in Veil" : assigned.source();
        return source + " (" + assigned.hierarchy().height() + " levels)";
    }

    static String modelText(ModelSpec model) {
        if (model instanceof ModelSpec.KAnonymitySpec) {
            return "k-anonymity, k=" + model.text();
        } else if (model instanceof ModelSpec.LDiversitySpec) {
            return "\u2113-diversity " + model.text();
        } else if (model instanceof ModelSpec.TClosenessSpec) {
            return "t-closeness " + model.text();
        } else if (model instanceof ModelSpec.AverageRiskSpec) {
            return "average risk \u2264 " + model.text();
        }
        return model.text();
    }

    private static String transformationText(Map<String, Integer> levels) {
        if (levels.isEmpty()) {
            return "none chosen";
        }
        List<String> parts = new ArrayList<>();
        levels.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> parts.add(e.getKey() + " level " + e.getValue()));
        return String.join(", ", parts);
    }

    /** The integrity checks, in order; the last one is the re-run (pending until asked for). */
    public ObservableList<CheckRow> checks() {
        return checks;
    }

    /**
     * The configuration summary: data file, rows (grouped, e.g. {@code 20,000}), columns with roles,
     * hierarchies, models, limits, transformation.
     */
    public ObservableList<Setting> settings() {
        return settings;
    }

    /** The project's audit trail as the Audit step shows it (filters only; nothing is recorded). */
    public AuditViewModel audit() {
        return audit;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether the project was read; the re-run is offered only then. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** No check FAILED (pending ones do not count). */
    public ReadOnlyBooleanProperty allHoldProperty() {
        return allHold.getReadOnlyProperty();
    }
}
