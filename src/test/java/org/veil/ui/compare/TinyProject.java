package org.veil.ui.compare;

import java.util.Arrays;
import java.util.List;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.DatasetBuilder;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.service.anonymize.AnonymizationService;
import org.veil.service.anonymize.ModelSpec;
import org.veil.service.workspace.AssignedHierarchy;
import org.veil.service.workspace.AttributeRole;
import org.veil.service.workspace.Configuration;
import org.veil.service.workspace.Workspace;
import org.veil.ui.common.BackgroundWork;
import org.veil.ui.common.ScriptedDialogService;
import org.veil.ui.common.TaskRunner;
import org.veil.ui.workspace.AnonymizationModel;
import org.veil.ui.workspace.WorkspaceModel;

/**
 * Nine patients small enough to reason about by hand: {@code name} identifying, {@code age} and
 * {@code zip} quasi-identifying, {@code disease} sensitive. Ages 38 and 39 and ZIPs 4800x generalize
 * to {@code *} already one level up, so at age=1, zip=2 Hana and Ivy form a released class that is
 * {@code *} in both quasi-identifiers while Dan and Gus, alone in their classes, are suppressed and
 * show {@code *} as well:
 *
 * <pre>
 *   row name age zip   → age=1, zip=2         class size (k = 2)
 *   0   Anna 21  47677 → 20-24 476**          3
 *   1   Ben  22  47602 → 20-24 476**          3
 *   2   Cara 23  47678 → 20-24 476**          3
 *   3   Dan  24  47905 → 20-24 479**          1  suppressed
 *   4   Eve  25  47909 → 25-29 479**          2
 *   5   Finn 26  47906 → 25-29 479**          2
 *   6   Gus  27  47605 → 25-29 476**          1  suppressed
 *   7   Hana 38  48001 → *     *              2
 *   8   Ivy  39  48002 → *     *              2
 * </pre>
 */
public final class TinyProject {

    public static final List<String[]> ROWS = List.of(
            row("Anna", "21", "47677", "flu"), row("Ben", "22", "47602", "cold"), row("Cara", "23", "47678", "flu"),
            row("Dan", "24", "47905", "cancer"), row("Eve", "25", "47909", "cold"),
            row("Finn", "26", "47906", "cancer"), row("Gus", "27", "47605", "flu"), row("Hana", "38", "48001", "cold"),
            row("Ivy", "39", "48002", "flu"));

    private TinyProject() {
    }

    private static String[] row(String... cells) {
        return cells;
    }

    public static Dataset dataset() {
        DatasetBuilder builder = new DatasetBuilder(List.of("name", "age", "zip", "disease"), ROWS.size());
        ROWS.forEach(builder::addRow);
        return builder.build();
    }

    public static Hierarchy age() {
        return hierarchy("21;20-24;20-29;*", "22;20-24;20-29;*", "23;20-24;20-29;*", "24;20-24;20-29;*",
                "25;25-29;20-29;*", "26;25-29;20-29;*", "27;25-29;20-29;*", "38;*;*;*", "39;*;*;*");
    }

    public static Hierarchy zip() {
        return hierarchy("47677;4767*;476**;*", "47678;4767*;476**;*", "47602;4760*;476**;*", "47605;4760*;476**;*",
                "47905;4790*;479**;*", "47906;4790*;479**;*", "47909;4790*;479**;*", "48001;4800*;*;*",
                "48002;4800*;*;*");
    }

    public static Hierarchy disease() {
        return hierarchy("flu;respiratory;*", "cold;respiratory;*", "cancer;cancer;*");
    }

    private static Hierarchy hierarchy(String... rows) {
        try {
            return Hierarchy.of(Arrays.stream(rows).map(r -> r.split(";")).toList());
        } catch (HierarchyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The workspace with k-anonymity for {@code k} and a suppression limit. */
    public static Workspace workspace(int k, double suppressionLimit) {
        Dataset data = dataset();
        Configuration configuration = Configuration.initial(data)
                .withRole("name", AttributeRole.IDENTIFYING)
                .withRole("age", AttributeRole.QUASI_IDENTIFYING).withHierarchy("age", new AssignedHierarchy(age(), "age"))
                .withRole("zip", AttributeRole.QUASI_IDENTIFYING).withHierarchy("zip", new AssignedHierarchy(zip(), "zip"))
                .withRole("disease", AttributeRole.SENSITIVE)
                .withHierarchy("disease", new AssignedHierarchy(disease(), "disease"))
                .withModelAdded(new ModelSpec.KAnonymitySpec(k)).withSuppressionLimit(suppressionLimit);
        return new Workspace(data, "tiny.csv", null, configuration);
    }

    /** The shared models of a workbench with the workspace open. */
    public record Models(WorkspaceModel workspace, BackgroundWork work, AnonymizationModel anonymization) {
    }

    /** The shared models with the workspace open, jobs running on {@code tasks}; not run yet. */
    public static Models models(Workspace workspace, TaskRunner tasks) {
        WorkspaceModel workspaces = new WorkspaceModel();
        BackgroundWork work = new BackgroundWork(tasks, new ScriptedDialogService());
        AnonymizationModel model = new AnonymizationModel(workspaces, work, new AnonymizationService());
        workspaces.open(workspace);
        return new Models(workspaces, work, model);
    }

    /** An anonymization model of the workspace whose jobs run on {@code tasks}; not run yet. */
    public static AnonymizationModel model(Workspace workspace, TaskRunner tasks) {
        return models(workspace, tasks).anonymization();
    }

    /** The transformation with these levels of age and zip. */
    public static int node(AnonymizationModel model, int age, int zip) {
        return model.outcomeProperty().get().anonymization().lattice().index(new int[] {age, zip});
    }
}
