package org.veil.ui.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.veil.service.anonymize.ModelSpec;
import org.veil.service.anonymize.ModelSpec.KAnonymitySpec;
import org.veil.ui.VeilApp;
import org.veil.ui.Workbench;
import org.veil.ui.common.FxTaskRunner;
import org.veil.ui.common.ScriptedDialogService;
import org.veil.ui.common.UndoManager;

/** The Privacy step driven like a user would: remove and add a model, drag the limit, run. */
@ExtendWith(ApplicationExtension.class)
class PrivacyStepUiTest {

    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = VeilApp.createWorkbench(stage, dialogs, new FxTaskRunner());
        stage.show();
        workbench.main().openSample();
    }

    @Test
    void removesAndAddsAModelChangesTheLimitAndRuns(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workbench.workspace().get() != null
                && !workbench.main().work().busyProperty().get());
        robot.clickOn("#step-privacy");
        ListView<ModelSpec> models = robot.lookup("#privacy-models").queryListView();
        assertEquals(List.of(new KAnonymitySpec(5)), models.getItems());

        robot.clickOn("5-anonymity").clickOn("#privacy-remove");

        assertTrue(models.getItems().isEmpty());
        Button anonymize = robot.lookup("#privacy-anonymize").queryButton();
        assertTrue(anonymize.isDisabled());
        Label wrapper = robot.lookup("#privacy-anonymize-wrapper").queryAs(Label.class);
        assertEquals("Add at least one privacy model (Privacy).", wrapper.getTooltip().getText());

        robot.clickOn("#privacy-add");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#model-ok").tryQuery().isPresent());
        robot.clickOn("#model-k").push(KeyCode.SHORTCUT, KeyCode.A).write("0");
        assertTrue(robot.lookup("#model-ok").queryButton().isDisabled(), "k = 0 is refused");
        assertEquals("k must be a whole number of at least 1, not '0'.",
                robot.lookup("#model-error-k").queryLabeled().getText());
        robot.push(KeyCode.SHORTCUT, KeyCode.A).write("5").clickOn("#model-ok");

        assertEquals(List.of(new KAnonymitySpec(5)), models.getItems());
        assertFalse(anonymize.isDisabled());
        UndoManager undo = workbench.workspace().undo();
        assertEquals("Add 5-anonymity", undo.undoDescriptionProperty().get());

        robot.drag("#suppression-slider .thumb").moveBy(60, 0).moveBy(60, 0).release(MouseButton.PRIMARY);

        double limit = workbench.workspace().get().configuration().suppressionLimit();
        assertTrue(limit > 0.05, "the drag raised the limit to " + limit);
        assertTrue(undo.undoDescriptionProperty().get().startsWith("Set suppression limit to "));
        robot.interact(undo::undo);
        assertEquals("Add 5-anonymity", undo.undoDescriptionProperty().get(), "the drag was one command");
        robot.interact(undo::redo);

        robot.clickOn("#privacy-anonymize");

        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> robot.lookup("#status-text").queryLabeled().getText().contains("Optimum found"));
        assertTrue(dialogs.errors().isEmpty(), dialogs.errors().toString());
    }
}
