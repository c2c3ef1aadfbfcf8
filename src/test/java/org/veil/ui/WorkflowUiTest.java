package org.veil.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.engine.reference.PrivacyChecker;
import org.veil.engine.reference.ReferenceModel;
import org.veil.engine.reference.ReferenceProblem;
import org.veil.engine.search.NodeState;
import org.veil.engine.search.SolutionSpace;
import org.veil.io.InputSource;
import org.veil.io.csv.CsvDatasetReader;
import org.veil.io.csv.CsvReadOptions;
import org.veil.io.hierarchy.HierarchyCsvReader;
import org.veil.service.anonymize.ModelSpec;
import org.veil.service.sample.HealthHierarchies;
import org.veil.service.sample.SyntheticHealthData;
import org.veil.service.workspace.AssignedHierarchy;
import org.veil.service.workspace.AttributeRole;
import org.veil.service.workspace.Configuration;
import org.veil.service.workspace.Workspace;
import org.veil.ui.common.FxTaskRunner;
import org.veil.ui.common.ScriptedDialogService;

/**
 * The whole workflow on the sample patients, driven only through the window as a privacy officer
 * would: open the CSV, mark identifiers and quasi-identifiers, import their hierarchies, ask for
 * 5-anonymity, run, pick a solution other than the optimum, export it; then the exported file is
 * checked by the independent privacy checker.
 */
@ExtendWith(ApplicationExtension.class)
class WorkflowUiTest {

    private static final Path SAMPLE = Path.of("sample-data", "health");
    private static final List<String> IDENTIFIERS = List.of("name", "ssn", "email", "phone");
    private static final List<String> QUASI_IDENTIFIERS = List.of("zip", "birth_date", "sex");

    @TempDir
    Path folder;

    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = VeilApp.createWorkbench(stage, dialogs, new FxTaskRunner());
        stage.show();
    }

    @Test
    void configuresRunsPicksANonOptimalSolutionAndExportsAReleaseThatIsFiveAnonymous(FxRobot robot)
            throws Exception {
        Path input = Files.copy(SAMPLE.resolve("patients.csv"), folder.resolve("patients.csv"));
        byte[] inputBytes = Files.readAllBytes(input);

        dialogs.choose(input);
        robot.clickOn("#toolbar-open");
        waitFor(() -> robot.lookup("Import").tryQuery().isPresent());
        robot.clickOn("Import");
        waitFor(() -> workbench.workspace().get() != null && idle());
        assertEquals(20_000, workbench.workspace().get().dataset().rowCount());

        robot.clickOn("#step-attributes");
        for (String column : IDENTIFIERS) {
            setRole(robot, column, "Identifying");
        }
        for (String column : QUASI_IDENTIFIERS) {
            setRole(robot, column, "Quasi-identifying");
        }
        assertEquals(QUASI_IDENTIFIERS,
                workbench.workspace().get().configuration().columns(AttributeRole.QUASI_IDENTIFYING));
        assertFalse(workbench.anonymization().canRunProperty().get(), "hierarchies and a model are missing");

        robot.clickOn("#step-hierarchies");
        for (String column : QUASI_IDENTIFIERS) {
            robot.clickOn(robot.lookup("#hierarchy-columns .entry-name").match(n -> column.equals(text(n)))
                    .queryAs(Node.class));
            dialogs.choose(SAMPLE.resolve("hierarchy_" + column + ".csv"));
            robot.clickOn("#import-hierarchy");
            waitFor(() -> workbench.workspace().get().configuration().hierarchy(column) != null && idle());
        }

        robot.clickOn("#step-privacy");
        robot.clickOn("#privacy-add");
        waitFor(() -> robot.lookup("#model-ok").tryQuery().isPresent());
        robot.clickOn("#model-k").eraseText(8).write("5").clickOn("#model-ok");
        waitFor(() -> workbench.anonymization().canRunProperty().get());
        robot.clickOn("#privacy-anonymize");
        waitFor(() -> workbench.anonymization().outcomeProperty().get() != null && idle());

        robot.clickOn("#step-explore");
        SolutionSpace space = workbench.anonymization().outcomeProperty().get().result().space();
        int other = anonymousOtherThan(space, space.optimum());
        clickSolutionRow(robot, other);
        waitFor(() -> workbench.anonymization().selectedNodeProperty().get() == other && idle());
        assertTrue(robot.lookup("#status-state").queryLabeled().getText().startsWith("Selected ["),
                robot.lookup("#status-state").queryLabeled().getText());

        Path exported = folder.resolve("patients-anonymized.csv");
        robot.clickOn("#step-export");
        dialogs.choose(exported);
        robot.clickOn("#export-button");
        waitFor(() -> Files.exists(exported) && idle());
        assertTrue(dialogs.errors().isEmpty(), dialogs.errors().toString());

        Dataset released = CsvDatasetReader.read(InputSource.of(exported), CsvReadOptions.defaults(),
                Integer.MAX_VALUE, ProgressListener.NONE, CancellationToken.NONE);
        assertEquals(List.of(), PrivacyChecker.violations(problem(), released));
        assertEquals(qiValues(workbench.anonymization().selectedProperty().get().output()), qiValues(released),
                "the export is the solution picked, not the optimum");
        assertArrayEquals(inputBytes, Files.readAllBytes(input), "the input file is untouched");
    }

    @Test
    void cancellingALongRunChangesNothingAndTheNextRunCompletes(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.workspace().open(millionPatients()));
        waitFor(() -> workbench.anonymization().canRunProperty().get());

        robot.clickOn("#toolbar-anonymize");
        waitFor(() -> robot.lookup("#cancel-job").query().isVisible());
        assertTrue(robot.lookup("#toolbar-anonymize").queryButton().isDisabled(), "no second run while one runs");
        assertFalse(robot.lookup("#status-state").query().isVisible(), "progress takes the state's place");
        robot.clickOn("#cancel-job");

        waitFor(this::idle);
        assertTrue(robot.lookup("#status-text").queryLabeled().getText().contains("Anonymization cancelled"),
                robot.lookup("#status-text").queryLabeled().getText());
        assertNull(workbench.anonymization().outcomeProperty().get(), "a cancelled run leaves no result");
        assertEquals("Ready to anonymize", robot.lookup("#status-state").queryLabeled().getText());
        assertTrue(dialogs.errors().isEmpty(), dialogs.errors().toString());

        robot.clickOn("#toolbar-anonymize");
        waitFor(() -> workbench.anonymization().outcomeProperty().get() != null && idle());
        assertTrue(robot.lookup("#status-state").queryLabeled().getText().startsWith("Selected the optimum"));
    }

    /** A million synthetic patients with four quasi-identifiers, 5-anonymity and t-closeness: seconds of work. */
    private static Workspace millionPatients() {
        Dataset data = SyntheticHealthData.generate(1_000_000, 7);
        Map<String, List<String[]>> hierarchies = HealthHierarchies.build(data);
        Configuration configuration = Configuration.initial(data);
        for (String column : HealthHierarchies.COLUMNS) {
            AttributeRole role = column.equals("diagnosis") ? AttributeRole.SENSITIVE : AttributeRole.QUASI_IDENTIFYING;
            configuration = configuration.withRole(column, role).withHierarchy(column,
                    new AssignedHierarchy(hierarchy(hierarchies.get(column)), "hierarchy_" + column + ".csv"));
        }
        configuration = configuration.withModelAdded(new ModelSpec.KAnonymitySpec(5))
                .withModelAdded(new ModelSpec.TClosenessSpec("diagnosis", ModelSpec.GroundDistance.HIERARCHICAL, 0.05));
        return new Workspace(data, "million.csv", null, configuration);
    }

    private static Hierarchy hierarchy(List<String[]> rows) {
        try {
            return Hierarchy.of(rows);
        } catch (HierarchyException e) {
            throw new IllegalStateException(e);
        }
    }

    private void setRole(FxRobot robot, String column, String role) throws TimeoutException {
        choose(robot, "#column-choice", column);
        choose(robot, "#role-choice", role);
        waitFor(() -> workbench.workspace().get().configuration().role(column).label().equals(role));
    }

    private static void choose(FxRobot robot, String comboId, String item) {
        robot.clickOn(comboId);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(cell -> item.equals(text(cell)))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static void clickSolutionRow(FxRobot robot, int node) throws TimeoutException {
        TableView<Integer> table = (TableView<Integer>) robot.lookup("#solution-table").queryAs(TableView.class);
        robot.interact(() -> table.scrollTo(table.getItems().indexOf(node)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> row(robot, node) != null);
        robot.clickOn(row(robot, node));
    }

    private static Node row(FxRobot robot, int node) {
        return robot.lookup("#solution-table .table-row-cell")
                .match(r -> r instanceof TableRow<?> row && Integer.valueOf(node).equals(row.getItem()))
                .tryQuery().orElse(null);
    }

    /** A transformation known to satisfy the model, other than the optimum: what a user might prefer. */
    private static int anonymousOtherThan(SolutionSpace space, int optimum) {
        for (int node = 0; node < space.lattice().size(); node++) {
            if (node != optimum && space.state(node) == NodeState.ANONYMOUS && space.suppressedRecords(node) >= 0) {
                return node;
            }
        }
        throw new AssertionError("no second anonymous transformation");
    }

    /** The problem as the user set it up, stated for the independent checker. */
    private ReferenceProblem problem() throws Exception {
        List<ReferenceProblem.Qi> qis = new ArrayList<>();
        for (String column : QUASI_IDENTIFIERS) {
            qis.add(new ReferenceProblem.Qi(column,
                    HierarchyCsvReader.read(InputSource.of(SAMPLE.resolve("hierarchy_" + column + ".csv")))));
        }
        double limit = workbench.workspace().get().configuration().suppressionLimit();
        return new ReferenceProblem(workbench.workspace().get().dataset(), qis, Set.copyOf(IDENTIFIERS),
                List.of(ReferenceModel.k(5)), limit, "loss");
    }

    /** The released quasi-identifier values, row by row, for comparing a file with an output. */
    private static List<String> qiValues(Dataset data) {
        List<String> values = new ArrayList<>();
        for (int row = 0; row < data.rowCount(); row++) {
            for (String column : QUASI_IDENTIFIERS) {
                values.add(data.column(column).value(row));
            }
        }
        return values;
    }

    private boolean idle() {
        return !workbench.main().work().busyProperty().get();
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(Node node) {
        return node instanceof Labeled labeled ? labeled.getText() : null;
    }
}
