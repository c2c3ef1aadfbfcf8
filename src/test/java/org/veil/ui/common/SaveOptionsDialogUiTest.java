package org.veil.ui.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.veil.ui.common.DialogService.SaveOptions;

/** Save As's dialog: a password typed twice (OK only when they match) and "Include the data", off by default. */
@ExtendWith(ApplicationExtension.class)
class SaveOptionsDialogUiTest {

    private Stage stage;
    private FxDialogService dialogs;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        dialogs = new FxDialogService(stage);
    }

    /** The tests share one stage: the dialog must not outlive its test. */
    @AfterEach
    void closeOtherWindows(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(window -> window != stage)
                .forEach(Window::hide));
    }

    private Future<Optional<SaveOptions>> ask(FxRobot robot, boolean embedData, boolean dataHasFile) throws Exception {
        Future<Optional<SaveOptions>> answer = WaitForAsyncUtils.asyncFx(
                () -> dialogs.askSaveOptions("Save people.veil", embedData, dataHasFile));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#save-options-dialog").tryQuery()
                .isPresent());
        return answer;
    }

    private static Node button(FxRobot robot, ButtonBar.ButtonData data) {
        DialogPane pane = robot.lookup("#save-options-dialog").queryAs(DialogPane.class);
        ButtonType type = pane.getButtonTypes().stream().filter(t -> t.getButtonData() == data).findFirst()
                .orElseThrow();
        return pane.lookupButton(type);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void savesOnlyWhenBothPasswordsMatchAndIncludesTheDataWhenTicked(FxRobot robot) throws Exception {
        Future<Optional<SaveOptions>> answer = ask(robot, false, true);
        CheckBox embed = robot.lookup("#save-embed-data").queryAs(CheckBox.class);
        Node save = button(robot, ButtonBar.ButtonData.OK_DONE);
        assertFalse(embed.isSelected(), "off by default");
        assertFalse(embed.isDisabled());
        assertEquals("Include the data in the project file", embed.getText());
        assertTrue(text(robot, "#save-embed-note").contains("travels with the project"));
        assertFalse(save.isDisabled(), "no password at all is allowed");
        assertEquals(SaveOptionsDialog.UNPROTECTED, text(robot, "#save-password-status"));

        PasswordField password = robot.lookup("#save-password").queryAs(PasswordField.class);
        PasswordField repeated = robot.lookup("#save-password-repeated").queryAs(PasswordField.class);
        robot.interact(() -> password.setText("secret"));
        assertTrue(save.isDisabled());
        assertEquals(SaveOptionsDialog.REPEAT, text(robot, "#save-password-status"));
        robot.interact(() -> repeated.setText("secreT"));
        assertTrue(save.isDisabled());
        assertEquals(SaveOptionsDialog.DIFFERENT, text(robot, "#save-password-status"));
        robot.interact(() -> repeated.setText("secret"));
        assertFalse(save.isDisabled());
        assertEquals(SaveOptionsDialog.PROTECTED, text(robot, "#save-password-status"));

        robot.clickOn(embed);
        assertTrue(embed.isSelected());
        robot.clickOn(save);

        SaveOptions options = answer.get(10, TimeUnit.SECONDS).orElseThrow();
        assertArrayEquals("secret".toCharArray(), options.password());
        assertTrue(options.embedData());
        options.wipe();
        assertArrayEquals(new char[6], options.password());
        assertEquals("", password.getText(), "the fields let go of the password");
    }

    @Test
    void dataWithoutAFileIsAlwaysIncludedAndCancelSavesNothing(FxRobot robot) throws Exception {
        Future<Optional<SaveOptions>> answer = ask(robot, false, false);
        CheckBox embed = robot.lookup("#save-embed-data").queryAs(CheckBox.class);
        assertTrue(embed.isSelected());
        assertTrue(embed.isDisabled());
        assertTrue(text(robot, "#save-embed-note").contains("no file of its own"), text(robot, "#save-embed-note"));

        robot.clickOn(button(robot, ButtonBar.ButtonData.CANCEL_CLOSE));

        assertEquals(Optional.empty(), answer.get(10, TimeUnit.SECONDS));
    }
}
