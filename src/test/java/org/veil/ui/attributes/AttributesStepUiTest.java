package org.veil.ui.attributes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.veil.service.workspace.AttributeRole;
import org.veil.service.workspace.PeopleWorkspace;
import org.veil.ui.VeilApp;
import org.veil.ui.Workbench;
import org.veil.ui.common.FxTaskRunner;
import org.veil.ui.common.ScriptedDialogService;

/** The Attributes step on the sample project, driven as a user would: header, panel, Import, Ctrl+Z. */
@ExtendWith(ApplicationExtension.class)
class AttributesStepUiTest {

    @TempDir
    Path folder;

    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = VeilApp.createWorkbench(stage, dialogs, new FxTaskRunner());
        stage.show();
        workbench.main().openSample();
    }

    @Test
    void changesARoleInThePanelRefusesAHierarchyThatDoesNotCoverTheDataAndUndoes(FxRobot robot)
            throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workbench.workspace().get() != null);
        robot.clickOn("#step-attributes");
        TableView<?> table = robot.lookup("#attributes-table").queryAs(TableView.class);
        int ethnicity = workbench.workspace().get().dataset().indexOf("ethnicity");
        robot.interact(() -> table.scrollToColumnIndex(ethnicity + 1)); // after the row numbers
        robot.clickOn(header(robot, "ethnicity"));
        assertEquals("ethnicity", comboValue(robot, "#column-choice"));
        assertEquals(AttributeRole.QUASI_IDENTIFYING, comboValue(robot, "#role-choice"));

        chooseRole(robot, "Insensitive");
        assertEquals(AttributeRole.INSENSITIVE, role("ethnicity"));
        assertTrue(badgeTexts(robot).contains("Insensitive"), "the header's badge follows the role");
        chooseRole(robot, "Quasi-identifying");
        assertEquals(AttributeRole.QUASI_IDENTIFYING, role("ethnicity"));
        assertEquals("Set role of ethnicity to Quasi-identifying", undoDescription());

        dialogs.choose(PeopleWorkspace.file(folder, "ethnicity.csv",
                "Asian;Asian or Pacific Islander;*\nWhite;White;*\n"));
        robot.clickOn("#import-hierarchy");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.errors().isEmpty());
        String error = dialogs.errors().get(0).text();
        assertTrue(error.contains("does not cover 5 values of column 'ethnicity'"), error);
        assertTrue(error.contains("'Black or African American'"), error);
        assertEquals("hierarchy_ethnicity.csv", workbench.workspace().get().configuration().hierarchy("ethnicity")
                .source(), "the refused file is not assigned");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(AttributeRole.INSENSITIVE, role("ethnicity"), "Ctrl+Z undid the last role change");
        assertEquals(AttributeRole.INSENSITIVE, comboValue(robot, "#role-choice"), "the panel follows");
        assertEquals("Set role of ethnicity to Insensitive", undoDescription());
    }

    private static Node header(FxRobot robot, String column) {
        return robot.lookup("#attributes-table .column-name").match(
                node -> column.equals(((Labeled) node).getText())).query();
    }

    private static void chooseRole(FxRobot robot, String role) {
        robot.clickOn("#role-choice");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match(node -> role.equals(((Labeled) node).getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Object comboValue(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class).getValue();
    }

    private static java.util.List<String> badgeTexts(FxRobot robot) {
        return robot.lookup("#attributes-table .role-badge").queryAll().stream()
                .map(node -> ((Labeled) node).getText()).toList();
    }

    private AttributeRole role(String column) {
        return workbench.workspace().get().configuration().role(column);
    }

    private String undoDescription() {
        return workbench.workspace().undo().undoDescriptionProperty().get();
    }
}
