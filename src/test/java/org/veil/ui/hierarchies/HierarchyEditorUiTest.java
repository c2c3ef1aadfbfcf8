package org.veil.ui.hierarchies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.veil.engine.hierarchy.build.IntervalBuilder;
import org.veil.service.workspace.AssignedHierarchy;
import org.veil.ui.VeilApp;
import org.veil.ui.Workbench;
import org.veil.ui.common.FxTaskRunner;
import org.veil.ui.common.ScriptedDialogService;
import org.veil.ui.explore.AdultProject;
import org.veil.ui.main.Step;

/**
 * The hierarchy editor driven as a privacy officer would on Adult: build an age hierarchy with the
 * interval builder (top-coding 90 and over), rename one of its groups by hand, and run 5-anonymity
 * with it.
 */
@ExtendWith(ApplicationExtension.class)
class HierarchyEditorUiTest {

    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = VeilApp.createWorkbench(stage, dialogs, new FxTaskRunner());
        stage.show();
    }

    @Test
    void buildsAnAgeHierarchyWithIntervalsEditsAGroupAndAnonymizesWithIt(FxRobot robot) throws Exception {
        robot.interact(() -> {
            workbench.workspace().open(AdultProject.workspace(5, 0.05));
            workbench.view().show(Step.HIERARCHIES);
        });
        robot.clickOn(robot.lookup("#hierarchy-columns .entry-name").match(n -> "age".equals(text(n)))
                .queryAs(Node.class));

        robot.clickOn("#builder-kind");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(n -> "Intervals".equals(text(n)))
                .queryAs(Node.class));
        fill(robot, "#interval-origin", "0");
        fill(robot, "#interval-fanouts", "2, 2");
        fill(robot, "#interval-top", "90");
        fill(robot, "#interval-width", "10");
        robot.type(KeyCode.ENTER);
        waitFor(() -> age().builder() instanceof IntervalBuilder);

        assertEquals(new IntervalBuilder(0, 10, java.util.List.of(2, 2), null, 90.0), age().builder());
        assertEquals("[30, 40)", age().hierarchy().generalize("37", 1));
        assertEquals("≥90", age().hierarchy().generalize("90", 1), "ages 90 and over are top-coded");
        assertTrue(robot.lookup("#level-records").queryTableView().getItems().size() == 5,
                "values, three interval levels and *");
        waitFor(() -> ((LevelRow) robot.lookup("#level-records").queryTableView().getItems().get(0)).preview() != null);

        TreeView<?> tree = robot.lookup("#hierarchy-tree").queryAs(TreeView.class);
        Node thirties = expandTo(robot, tree, "[30, 40)");
        robot.doubleClickOn(thirties);
        waitFor(() -> robot.lookup("#rename-group").tryQuery().isPresent());
        robot.push(KeyCode.SHORTCUT, KeyCode.A).write("thirties").type(KeyCode.ENTER);
        waitFor(() -> "thirties".equals(age().hierarchy().generalize("37", 1)));
        assertEquals("Rename [30, 40) to thirties in the hierarchy of age",
                workbench.workspace().undo().undoDescriptionProperty().get());

        robot.clickOn("#toolbar-anonymize");
        waitFor(() -> workbench.anonymization().outcomeProperty().get() != null
                && !workbench.main().work().busyProperty().get());
        assertTrue(workbench.anonymization().outcomeProperty().get().isAnonymous());
        assertTrue(dialogs.errors().isEmpty(), dialogs.errors().toString());
    }

    /** Opens the tree down to a group of level 1 and returns its cell. */
    private static Node expandTo(FxRobot robot, TreeView<?> tree, String label) throws TimeoutException {
        robot.interact(() -> expandAll(tree.getRoot()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            for (int row = 0; row < tree.getExpandedItemCount(); row++) {
                TreeItem<?> item = tree.getTreeItem(row);
                if (((HierarchyTree.Node) item.getValue()).label().equals(label)) {
                    tree.scrollTo(row);
                }
            }
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#hierarchy-tree .tree-group")
                .match(n -> label.equals(text(n))).tryQuery().isPresent());
        return robot.lookup("#hierarchy-tree .tree-group").match(n -> label.equals(text(n))).query();
    }

    private static void expandAll(TreeItem<?> item) {
        item.setExpanded(true);
        if (((HierarchyTree.Node) item.getValue()).level() > 2) {
            item.getChildren().forEach(HierarchyEditorUiTest::expandAll);
        }
    }

    private static void fill(FxRobot robot, String field, String text) {
        robot.clickOn(field).push(KeyCode.SHORTCUT, KeyCode.A).write(text);
    }

    private AssignedHierarchy age() {
        return workbench.workspace().get().configuration().hierarchy("age");
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(Node node) {
        return node instanceof Labeled labeled ? labeled.getText() : null;
    }
}
