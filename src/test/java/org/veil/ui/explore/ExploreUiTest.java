package org.veil.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.veil.engine.search.NodeState;
import org.veil.engine.search.SolutionSpace;
import org.veil.ui.VeilApp;
import org.veil.ui.Workbench;
import org.veil.ui.common.FxTaskRunner;
import org.veil.ui.common.ScriptedDialogService;
import org.veil.ui.main.Step;
import org.veil.ui.common.TransformationText;

/** The Explore step on the sample project, driven like a user would: the lattice, the panel, the comparison. */
@ExtendWith(ApplicationExtension.class)
class ExploreUiTest {

    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = VeilApp.createWorkbench(stage, dialogs, new FxTaskRunner());
        stage.show();
    }

    private void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean idle() {
        return !workbench.main().work().busyProperty().get();
    }

    private SolutionSpace runSample(FxRobot robot) throws TimeoutException {
        robot.interact(() -> workbench.main().openSample());
        waitFor(() -> workbench.anonymization().canRunProperty().get());
        robot.interact(() -> {
            workbench.view().show(Step.EXPLORE);
            workbench.anonymization().run();
        });
        waitFor(() -> workbench.anonymization().outcomeProperty().get() != null
                && workbench.anonymization().selectedProperty().get() != null && idle());
        return workbench.anonymization().outcomeProperty().get().result().space();
    }

    @Test
    void saysHowToStartBeforeAnyRun(FxRobot robot) {
        robot.interact(() -> workbench.view().show(Step.EXPLORE));

        assertTrue(robot.lookup("#explore-empty").queryLabeled().getText().startsWith(ExploreViewModel.RUN_FIRST));
        assertTrue(robot.lookup("#explore-empty").query().isVisible());
    }

    @Test
    void clickingATransformationInTheLatticeSelectsItAndTheComparisonScrollsInSync(FxRobot robot)
            throws Exception {
        SolutionSpace space = runSample(robot);
        LatticeView lattice = robot.lookup("#lattice").queryAs(LatticeView.class);
        assertTrue(lattice.isVisible());

        int optimum = space.optimum();
        Point2D star = lattice.centreOf(optimum).orElseThrow();
        assertEquals(web(StatePalette.OPTIMUM), pixel(lattice, star), "the optimum is marked with a star");

        int other = anonymousOtherThan(space, optimum);
        robot.clickOn(lattice.canvas().localToScreen(lattice.centreOf(other).orElseThrow()));
        waitFor(() -> workbench.anonymization().selectedNodeProperty().get() == other && idle());

        int suppressed = workbench.anonymization().selectedProperty().get().evaluation().suppressedRecords();
        assertEquals(space.suppressedRecords(other), suppressed);
        assertEquals(TransformationText.records(suppressed, 20_000),
                robot.lookup("#selected-suppressed").queryLabeled().getText());
        assertEquals("Selected transformation", robot.lookup("#selected-heading").queryLabeled().getText());
        assertEquals(other, table(robot, "#solution-table").getSelectionModel().getSelectedItem(),
                "the table selects the row of the transformation");
        assertNotEquals(web(StatePalette.OPTIMUM), pixel(lattice, lattice.centreOf(other).orElseThrow()));

        robot.clickOn("#show-compare");
        TableView<Integer> input = table(robot, "#compare-input");
        TableView<Integer> output = table(robot, "#compare-output");
        waitFor(() -> output.getItems().size() == 20_000 && firstVisibleRow(output) >= 0);

        robot.interact(() -> input.scrollTo(12_345));
        waitFor(() -> firstVisibleRow(input) == 12_345);
        assertEquals(12_345, firstVisibleRow(output), "scrolling the input scrolls the output");

        ScrollBar outputBar = bar(output, Orientation.VERTICAL);
        robot.interact(() -> outputBar.setValue(outputBar.getMax() / 4)); // as dragging the thumb does
        waitFor(() -> firstVisibleRow(output) < 12_345);
        assertEquals(firstVisibleRow(output), firstVisibleRow(input), "and the other way round");
        assertTrue(firstVisibleRow(input) > 3_000, "row " + firstVisibleRow(input));

        robot.interact(() -> bar(input, Orientation.HORIZONTAL).setValue(bar(input, Orientation.HORIZONTAL).getMax()));
        assertEquals(bar(input, Orientation.HORIZONTAL).getValue(), bar(output, Orientation.HORIZONTAL).getValue());
        assertTrue(bar(output, Orientation.HORIZONTAL).getValue() > 0, "the tables are wider than their halves");

        robot.clickOn("#compare-next-suppressed");
        waitFor(() -> output.getSelectionModel().getSelectedIndex() >= 0);
        int row = input.getSelectionModel().getSelectedIndex();
        assertEquals(row, output.getSelectionModel().getSelectedIndex(), "the row is selected on both sides");
        assertTrue(robot.lookup("#compare-output .table-row-cell").queryAll().stream()
                .anyMatch(r -> r.getPseudoClassStates().toString().contains("suppressed")),
                "a suppressed record is marked");
        assertTrue(dialogs.errors().isEmpty(), dialogs.errors().toString());
    }

    private static int anonymousOtherThan(SolutionSpace space, int optimum) {
        for (NodeState state : new NodeState[] {NodeState.ANONYMOUS, NodeState.ANONYMOUS_INFERRED}) {
            for (int node = 0; node < space.lattice().size(); node++) {
                if (node != optimum && space.state(node) == state && space.suppressedRecords(node) >= 0) {
                    return node;
                }
            }
        }
        throw new AssertionError("the sample has no second anonymous transformation");
    }

    /** The colour drawn at a point of the canvas, as a web string for readable failures. */
    private static String pixel(LatticeView lattice, Point2D point) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> lattice.canvas().snapshot(null, null)).get();
        return web(image.getPixelReader().getColor((int) point.getX(), (int) point.getY()));
    }

    private static String web(Color color) {
        return String.format("#%02x%02x%02x", Math.round(color.getRed() * 255), Math.round(color.getGreen() * 255),
                Math.round(color.getBlue() * 255));
    }

    @SuppressWarnings("unchecked")
    private static TableView<Integer> table(FxRobot robot, String id) {
        return (TableView<Integer>) robot.lookup(id).queryAs(TableView.class);
    }

    private static int firstVisibleRow(TableView<Integer> table) {
        Node flow = table.lookup(".virtual-flow");
        IndexedCell<?> first = flow instanceof VirtualFlow<?> f ? f.getFirstVisibleCell() : null;
        return first == null ? -1 : first.getIndex();
    }

    private static ScrollBar bar(TableView<Integer> table, Orientation orientation) {
        for (Node node : table.lookupAll(".virtual-flow > .scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == orientation) {
                return bar;
            }
        }
        throw new AssertionError("no " + orientation + " scroll bar");
    }
}
